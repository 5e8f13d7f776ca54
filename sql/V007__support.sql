-- Tailored support: actions logged with a company, introductions (the edges of the actors'
-- network) and the support plan's tasks, which "My follow-ups" lists for each officer.

-- The four kinds of action the cluster already counts in its activity reviews.
create table action (
    id                bigint generated always as identity primary key,
    company_id        bigint not null references company (id) on delete cascade,
    happened_on       date not null,
    kind              varchar(24) not null
                      check (kind in ('PROJECT_FOLLOW_UP', 'PROSPECTION_EXCHANGE', 'SUPPORT_WORKSHOP', 'PARTNERSHIP_EVENT')),
    duration_minutes  integer check (duration_minutes between 1 and 10080),
    officer_id        bigint references app_user (id),
    outcome           text,
    created_at        timestamptz not null default now(),
    created_by        varchar(64) not null
);
create index action_company_idx on action (company_id, happened_on desc);
create index action_happened_idx on action (happened_on, kind);
create index action_officer_idx on action (officer_id, happened_on);

create table action_participant (
    action_id   bigint not null references action (id) on delete cascade,
    contact_id  bigint not null references contact (id) on delete cascade,
    primary key (action_id, contact_id)
);
create index action_participant_contact_idx on action_participant (contact_id);

-- Mises en relation: a company introduced to another company, a school, an employment partner or an expert.
create table introduction (
    id                 bigint generated always as identity primary key,
    company_id         bigint not null references company (id) on delete cascade,
    made_on            date not null,
    target_kind        varchar(24) not null check (target_kind in ('COMPANY', 'SCHOOL', 'EMPLOYMENT_PARTNER', 'EXPERT')),
    target_company_id  bigint references company (id) on delete cascade,
    target_name        varchar(200),
    purpose            varchar(2000) not null,
    outcome            varchar(16) not null default 'PENDING'
                       check (outcome in ('PENDING', 'MEETING_HELD', 'COLLABORATION', 'NO_FOLLOW_UP')),
    outcome_notes      varchar(2000),
    officer_id         bigint references app_user (id),
    created_at         timestamptz not null default now(),
    created_by         varchar(64) not null,
    version            integer not null default 0,
    -- a company target is a company of the base; any other target is named
    constraint introduction_target check (
        (target_kind = 'COMPANY' and target_company_id is not null and target_company_id <> company_id)
        or (target_kind <> 'COMPANY' and target_company_id is null and target_name is not null))
);
create index introduction_company_idx on introduction (company_id, made_on desc);
create index introduction_target_idx on introduction (target_company_id);
create index introduction_made_idx on introduction (made_on);

-- The support plan: what is to be done for a company, by whom, by when.
create table support_task (
    id          bigint generated always as identity primary key,
    company_id  bigint not null references company (id) on delete cascade,
    title       varchar(200) not null,
    owner_id    bigint not null references app_user (id),
    due_on      date not null,
    status      varchar(16) not null default 'TODO' check (status in ('TODO', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    action_id   bigint references action (id) on delete set null,
    closed_at   timestamptz,
    created_at  timestamptz not null default now(),
    created_by  varchar(64) not null,
    version     integer not null default 0
);
-- "My follow-ups" and the menu's count: open tasks of one owner by due date
create index support_task_open_idx on support_task (owner_id, due_on) where status in ('TODO', 'IN_PROGRESS');
create index support_task_company_idx on support_task (company_id, due_on);
