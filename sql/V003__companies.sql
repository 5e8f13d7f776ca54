-- Companies (any hiring structure) through the programme: rounds, contacts, pipeline history.

-- Programme rounds and who funds them.
create table programme_round (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    name        varchar(120) not null,
    starts_on   date,
    ends_on     date,
    active      boolean not null default true,
    version     integer not null default 0
);
create table programme_round_funder (
    round_id  bigint       not null references programme_round (id) on delete cascade,
    funder    varchar(160) not null,
    primary key (round_id, funder)
);
insert into programme_round (code, name, starts_on, ends_on) values
 ('REVITEMS-94', 'REVIT''EMS 94', date '2021-01-01', date '2025-12-31'),
 ('REVITEMS-91', 'REVIT''EMS 91', date '2023-01-01', date '2025-12-31'),
 ('VDM-2026-2028', 'Val-de-Marne 2026–2028', date '2026-01-01', date '2028-12-31');
insert into programme_round_funder (round_id, funder)
 select id, 'DRIEETS Île-de-France' from programme_round;

create table company (
    id               bigint generated always as identity primary key,
    name             varchar(200) not null,
    normalized_name  varchar(200) not null,
    siret            char(14) check (siret ~ '^[0-9]{14}$'),
    siren            char(9)  check (siren ~ '^[0-9]{9}$'),
    kind             varchar(16) not null check (kind in ('TPE', 'PME', 'ETI', 'GE', 'ASSOCIATION', 'STARTUP', 'PUBLIC_BODY')),
    naf_code         varchar(6) check (naf_code ~ '^[0-9]{2}\.?[0-9]{2}[A-Z]$'),
    street           varchar(200),
    postal_code      varchar(5) check (postal_code ~ '^[0-9]{5}$'),
    commune          varchar(120),
    department_code  varchar(3) references department (code),
    officer_id       bigint references app_user (id),
    member           boolean not null default false,
    member_since     date,
    notes            text,
    stage            varchar(16) not null default 'PROSPECTION'
                     check (stage in ('PROSPECTION', 'DIAGNOSTIC', 'SUPPORT', 'SKILLS', 'CLOSED')),
    stage_since      timestamptz not null default now(),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    updated_by       varchar(64),
    version          integer not null default 0,
    constraint company_siret_has_siren check (siret is null or siren is null or substr(siret, 1, 9) = siren)
);
-- one company per SIRET; the list sorts and filters on these
create unique index company_siret_uk on company (siret) where siret is not null;
create index company_siren_idx on company (siren);
create index company_normalized_name_idx on company (normalized_name, id);
create index company_stage_idx on company (stage, normalized_name, id);
create index company_officer_idx on company (officer_id, normalized_name, id);
create index company_department_idx on company (department_code, normalized_name, id);
create index company_commune_idx on company (lower(commune));
create index company_updated_idx on company (updated_at desc, id);

create table company_sector (
    company_id   bigint      not null references company (id) on delete cascade,
    sector_code  varchar(16) not null references ems_sector (code),
    primary key (company_id, sector_code)
);
create index company_sector_sector_idx on company_sector (sector_code, company_id);

create table company_round (
    company_id  bigint not null references company (id) on delete cascade,
    round_id    bigint not null references programme_round (id),
    primary key (company_id, round_id)
);
create index company_round_round_idx on company_round (round_id, company_id);

create table contact (
    id                  bigint generated always as identity primary key,
    company_id          bigint not null references company (id) on delete cascade,
    first_name          varchar(80),
    last_name           varchar(80) not null,
    job_title           varchar(120),
    email               varchar(254),
    phone               varchar(32),
    preferred_language  varchar(2) not null default 'fr' check (preferred_language in ('fr', 'en')),
    confirmed_on        date not null default current_date,
    created_at          timestamptz not null default now(),
    version             integer not null default 0
);
create index contact_company_idx on contact (company_id);
create index contact_email_idx on contact (lower(email));
create index contact_last_name_idx on contact (lower(last_name));
create index contact_confirmed_idx on contact (confirmed_on);

-- Every move through the pipeline, forward or back, with who, when and why.
create table stage_change (
    id              bigint generated always as identity primary key,
    company_id      bigint not null references company (id) on delete cascade,
    from_stage      varchar(16),
    to_stage        varchar(16) not null,
    closing_reason  varchar(24) check (closing_reason in ('NOT_INTERESTED', 'UNREACHABLE', 'SUPPORT_COMPLETED', 'OUT_OF_SCOPE', 'OTHER')),
    reason          varchar(500),
    changed_at      timestamptz not null default now(),
    changed_by      varchar(64) not null
);
create index stage_change_company_idx on stage_change (company_id, changed_at);
create index stage_change_to_stage_idx on stage_change (to_stage, changed_at);
