-- When an administrator merges a duplicate into the company kept, what the duplicate was and what
-- moved over is kept here: the merge can be explained later, and nothing is lost silently.
create table company_merge (
    id                 bigint generated always as identity primary key,
    kept_company_id    bigint not null references company (id) on delete cascade,
    merged_company_id  bigint not null,
    merged_name        varchar(200) not null,
    merged_siret       char(14),
    merged_commune     varchar(120),
    moved              varchar(500) not null,
    merged_at          timestamptz not null default now(),
    merged_by          varchar(64) not null
);
create index company_merge_kept_idx on company_merge (kept_company_id);
