-- The programme's figures for funders. What the dashboard counts that had no home yet (working
-- meetings with employment partners, job forums held), the day a recruitment was cancelled, and a
-- projection of each company's activity as date ranges, kept by triggers, so that "distinct companies
-- contacted / diagnosed / supported in a period" is one overlap test per company instead of a scan of
-- the million actions.

-- The day the current cancellation took effect (null when the recruitment is not cancelled): a
-- recruitment cancelled after a period still counts in that period.
alter table recruitment add column cancelled_on date;
update recruitment r set cancelled_on = (select max(s.changed_at)::date from recruitment_status_change s
                                         where s.recruitment_id = r.id and s.to_status = 'CANCELLED')
 where r.status = 'CANCELLED';
create index recruitment_company_identified_idx on recruitment (company_id, identified_on);

-- Working meetings of the programme with employment partners: authorities, schools, agencies.
create table partner_meeting (
    id               bigint generated always as identity primary key,
    held_on          date not null,
    partner_kind     varchar(24) not null
                     check (partner_kind in ('EMPLOYMENT_AGENCY', 'SCHOOL', 'YOUTH_AGENCY', 'PUBLIC_AUTHORITY', 'OTHER')),
    partner_name     varchar(200) not null,
    subject          varchar(500) not null,
    round_id         bigint references programme_round (id),
    department_code  varchar(3) references department (code),
    officer_id       bigint references app_user (id),
    notes            text,
    created_at       timestamptz not null default now(),
    created_by       varchar(64) not null,
    version          integer not null default 0
);
create index partner_meeting_held_idx on partner_meeting (held_on);

-- Job forums held (the forum issue adds registrations, the desk and interview plans to this table).
create table job_forum (
    id               bigint generated always as identity primary key,
    name             varchar(200) not null,
    held_on          date not null,
    venue            varchar(200),
    commune          varchar(120),
    department_code  varchar(3) references department (code),
    round_id         bigint references programme_round (id),
    created_at       timestamptz not null default now(),
    created_by       varchar(64) not null,
    version          integer not null default 0
);
create index job_forum_held_idx on job_forum (held_on);

-- Each company's activity as day ranges:
--   contacted: the day it entered the pipeline, each action, each diagnostic;
--   diagnosed: each diagnostic's day;
--   supported: each period spent in the SUPPORT stage, from the day it entered the stage to the day it
--              left it (open-ended while it is still there).
-- A projection, never written by the application: the triggers below rebuild a company's row from the
-- raw tables whenever one of its actions, diagnostics or stage changes is inserted, updated or deleted.
create table company_activity (
    company_id  bigint primary key references company (id) on delete cascade,
    contacted   datemultirange not null default '{}',
    diagnosed   datemultirange not null default '{}',
    supported   datemultirange not null default '{}'
);

create function refresh_company_activity(companies bigint[]) returns void language sql as $$
    insert into company_activity (company_id, contacted, diagnosed, supported)
    select c.id,
           coalesce((select range_agg(daterange(e.day, e.day, '[]')) from (
                         select a.happened_on as day from action a where a.company_id = c.id
                         union select d.held_on from diagnostic d where d.company_id = c.id
                         union select s.changed_at::date from stage_change s where s.company_id = c.id and s.from_stage is null) e),
                    '{}'),
           coalesce((select range_agg(daterange(d.held_on, d.held_on, '[]')) from diagnostic d where d.company_id = c.id), '{}'),
           coalesce((select range_agg(daterange(p.entered, p.left_on, '[]')) from (
                         select s.to_stage, s.changed_at::date as entered,
                                lead(s.changed_at::date) over (order by s.changed_at, s.id) as left_on
                         from stage_change s where s.company_id = c.id) p
                     where p.to_stage = 'SUPPORT'), '{}')
    from company c
    where c.id = any(companies)
    on conflict (company_id) do update
        set contacted = excluded.contacted, diagnosed = excluded.diagnosed, supported = excluded.supported;
$$;

-- One statement-level trigger per table and event: a bulk insert of a million actions refreshes each
-- company once, not once per row.
create function company_activity_after_insert() returns trigger language plpgsql as $$
begin
    perform refresh_company_activity(array(select distinct company_id from new_rows));
    return null;
end $$;
create function company_activity_after_update() returns trigger language plpgsql as $$
begin
    perform refresh_company_activity(array(select company_id from old_rows union select company_id from new_rows));
    return null;
end $$;
create function company_activity_after_delete() returns trigger language plpgsql as $$
begin
    perform refresh_company_activity(array(select distinct company_id from old_rows));
    return null;
end $$;

create trigger action_activity_insert after insert on action
    referencing new table as new_rows for each statement execute function company_activity_after_insert();
create trigger action_activity_update after update on action
    referencing old table as old_rows new table as new_rows for each statement execute function company_activity_after_update();
create trigger action_activity_delete after delete on action
    referencing old table as old_rows for each statement execute function company_activity_after_delete();
create trigger diagnostic_activity_insert after insert on diagnostic
    referencing new table as new_rows for each statement execute function company_activity_after_insert();
create trigger diagnostic_activity_update after update on diagnostic
    referencing old table as old_rows new table as new_rows for each statement execute function company_activity_after_update();
create trigger diagnostic_activity_delete after delete on diagnostic
    referencing old table as old_rows for each statement execute function company_activity_after_delete();
create trigger stage_change_activity_insert after insert on stage_change
    referencing new table as new_rows for each statement execute function company_activity_after_insert();
create trigger stage_change_activity_update after update on stage_change
    referencing old table as old_rows new table as new_rows for each statement execute function company_activity_after_update();
create trigger stage_change_activity_delete after delete on stage_change
    referencing old table as old_rows for each statement execute function company_activity_after_delete();

select refresh_company_activity(array(select id from company));
