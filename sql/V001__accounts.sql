-- Accounts of the people who use the application, their roles, and the security journal.

create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null,
    display_name  varchar(120) not null,
    email         varchar(254),
    password_hash varchar(255) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint app_user_username_format check (username ~ '^[a-z0-9._-]{3,64}$')
);
create unique index app_user_username_uk on app_user (username);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(16) not null check (role in ('ADMIN', 'OFFICER', 'PARTNER', 'DESK')),
    primary key (user_id, role)
);

-- What happened to accounts: logins, lock-outs, administration. Kept for a year (see README, privacy).
create table security_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    kind        varchar(32) not null,
    username    varchar(64),
    actor       varchar(64),
    address     varchar(64)
);
create index security_event_occurred_idx on security_event (occurred_at);
create index security_event_username_idx on security_event (username, occurred_at);
