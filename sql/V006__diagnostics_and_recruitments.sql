-- The strategy-and-employment diagnostic, and the recruitments companies plan (identified
-- recruitments, "recrutements prévus identifiés"). A diagnostic's planned recruitments are
-- recruitment records from the start: the recruitments pages and the figures count them as they are.

create table diagnostic (
    id                        bigint generated always as identity primary key,
    company_id                bigint not null references company (id) on delete cascade,
    held_on                   date not null,
    conducted_by              varchar(64) not null,
    activity                  text,
    innovation                text,
    headcount                 integer check (headcount between 0 and 1000000),
    recruitment_difficulties  text,
    skills_gaps               text,
    training_needs            text,
    support_wanted            text,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    updated_by                varchar(64) not null,
    version                   integer not null default 0
);
create index diagnostic_company_idx on diagnostic (company_id, held_on desc);
create index diagnostic_held_on_idx on diagnostic (held_on);

create table recruitment (
    id                     bigint generated always as identity primary key,
    company_id             bigint not null references company (id) on delete cascade,
    diagnostic_id          bigint references diagnostic (id) on delete set null,
    job_title              varchar(160) not null,
    rome_code              char(5) references rome_code (code),
    qualification_level    smallint references qualification_level (level),
    occupational_category  varchar(16) references occupational_category (code),
    contract_type          varchar(16) references contract_type (code),
    contract_months        smallint check (contract_months between 1 and 60),
    positions              smallint not null check (positions between 1 and 999),
    commune                varchar(120),
    department_code        varchar(3) references department (code),
    wished_start           date,
    source                 varchar(16) not null check (source in ('DIAGNOSTIC', 'FORUM', 'SPONTANEOUS', 'PARTNER')),
    status                 varchar(16) not null default 'IDENTIFIED'
                           check (status in ('IDENTIFIED', 'SHARED', 'IN_PROGRESS', 'FILLED', 'PARTLY_FILLED', 'CANCELLED')),
    identified_on          date not null,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    updated_by             varchar(64) not null,
    version                integer not null default 0
);
create index recruitment_company_idx on recruitment (company_id);
create index recruitment_diagnostic_idx on recruitment (diagnostic_id);
create index recruitment_identified_idx on recruitment (identified_on);
create index recruitment_status_idx on recruitment (status);
