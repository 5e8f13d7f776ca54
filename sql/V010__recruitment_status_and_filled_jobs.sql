-- Identified recruitments move through statuses with a dated history, like the pipeline; filled and
-- consolidated jobs are recorded against them (or alone, for a job consolidated without an opening).

alter table recruitment add column cancel_reason varchar(500);

create table recruitment_status_change (
    id              bigint generated always as identity primary key,
    recruitment_id  bigint not null references recruitment (id) on delete cascade,
    from_status     varchar(16),
    to_status       varchar(16) not null,
    reason          varchar(500),
    changed_at      timestamptz not null default now(),
    changed_by      varchar(64) not null
);
create index recruitment_status_change_idx on recruitment_status_change (recruitment_id, changed_at);
create index recruitment_status_change_to_idx on recruitment_status_change (to_status, changed_at);

-- the first line of every recruitment already saved (from diagnostics)
insert into recruitment_status_change (recruitment_id, from_status, to_status, changed_at, changed_by)
select id, null, status, created_at, updated_by from recruitment;

-- One person hired, or one job kept thanks to the support. No personal data of the person here.
create table filled_job (
    id                     bigint generated always as identity primary key,
    company_id             bigint not null references company (id) on delete cascade,
    recruitment_id         bigint references recruitment (id) on delete set null,
    filled_on              date not null,
    contract_type          varchar(16) not null references contract_type (code),
    qualification_level    smallint not null references qualification_level (level),
    occupational_category  varchar(16) not null references occupational_category (code),
    origin                 varchar(24) not null check (origin in ('FORUM', 'PARTNER_REFERRAL', 'DIRECT', 'SCHOOL')),
    consolidated           boolean not null default false,
    created_at             timestamptz not null default now(),
    created_by             varchar(64) not null
);
create index filled_job_company_idx on filled_job (company_id, filled_on);
create index filled_job_recruitment_idx on filled_job (recruitment_id);
create index filled_job_filled_on_idx on filled_job (filled_on);
