-- The programme dashboard's rollups (README, "Programme dashboard"). The dashboard counted, at every
-- request, every company of the rounds chosen and every record of the period; at 30,000 companies that
-- took seconds. It now reads:
--   * each company's activity row (company_activity) with its partition, for the companies' figures
--     and the first and last months when the period cuts them;
--   * report_company_month, for the months of the companies' figures;
--   * report_record_month, for positions, jobs and introductions of whole months (the days of a
--     period's cut months are read from the records themselves).
--
-- A partition is a set of rounds and a department: every company in at least one round is in exactly
-- one partition, the one of its rounds and its department. Any choice of round, funder and departments
-- is a set of partitions, and since two partitions never share a company, distinct companies of the
-- choice are the sum of those of its partitions.
create table report_partition (
    id               integer generated always as identity primary key,
    round_ids        bigint[]   not null,
    department_code  varchar(3) not null,      -- '' for a company without a department
    unique (round_ids, department_code)
);

alter table company_activity add column partition_id integer references report_partition (id);
create index company_activity_partition_idx on company_activity (partition_id);

-- Companies of a partition active in a month, as changes from one month to the next: a company's
-- activity (one series: contacted, diagnosed or supported) rounded out to whole months is a set of
-- disjoint month ranges; each adds 1 from its first month and 1 less from the month after its last (none
-- for a support period still open). The number of companies in a month is the sum of the changes up to
-- it. Rows are only ever added, + for a company's new activity and - for its old one, and summed up by
-- compact_report_rollups().
create table report_company_month (
    partition_id  integer not null,
    series        char(1) not null check (series in ('C', 'D', 'S')),
    month         date    not null,
    delta         integer not null
);
create index report_company_month_idx on report_company_month (partition_id, month) include (series, delta);

-- Positions identified ('P', with their cancellation day, since a period counts them unless cancelled by
-- its last day), jobs filled or consolidated ('J') and introductions ('I') of a partition in a month, with
-- the codes of the breakdowns. Rows are only ever added (- for a record's old values, + for its new ones)
-- and summed up by compact_report_rollups().
create table report_record_month (
    partition_id           integer     not null,
    kind                   char(1)     not null check (kind in ('P', 'J', 'I')),
    month                  date        not null,
    cancelled_on           date,
    consolidated           boolean,
    qualification_level    smallint,
    occupational_category  varchar(16),
    contract_type          varchar(16),
    amount                 bigint      not null
);
create index report_record_month_idx on report_record_month (partition_id, month);

-- The partition of a company now: null when it is in no round.
create function report_partition_of(company bigint) returns integer language plpgsql as $$
declare
    rounds bigint[];
    department varchar(3);
    found_id integer;
begin
    select array_agg(cr.round_id order by cr.round_id) into rounds from company_round cr where cr.company_id = company;
    if rounds is null then
        return null;
    end if;
    select coalesce(c.department_code, '') into department from company c where c.id = company;
    insert into report_partition (round_ids, department_code) values (rounds, department) on conflict do nothing;
    select p.id into found_id from report_partition p where p.round_ids = rounds and p.department_code = department;
    return found_id;
end $$;

-- The month changes of one company's activity (see report_company_month).
create function company_month_deltas(contacted datemultirange, diagnosed datemultirange, supported datemultirange)
    returns table (series char(1), month date, delta integer) language sql stable as $$
    select s.series, b.month, b.delta
    from (values ('C', $1), ('D', $2), ('S', $3)) s (series, days)
    cross join lateral (
        select range_agg(daterange(date_trunc('month', lower(r))::date,
                                   case when upper_inf(r) then null
                                        else (date_trunc('month', upper(r) - 1) + interval '1 month')::date end)) as months
        from unnest(s.days) r) m
    cross join lateral (
        select lower(p) as month, 1 as delta from unnest(m.months) p
        union all
        select upper(p), -1 from unnest(m.months) p where not upper_inf(p)) b
$$;

-- Records of one company, as rollup rows of the given sign, in the given partition.
create function company_record_rows(company bigint, part integer, factor integer) returns void language sql as $$
    insert into report_record_month (partition_id, kind, month, cancelled_on, consolidated, qualification_level,
                                     occupational_category, contract_type, amount)
    select part, 'P', date_trunc('month', r.identified_on)::date, r.cancelled_on, null, r.qualification_level,
           r.occupational_category, r.contract_type, factor * sum(r.positions)
    from recruitment r where r.company_id = company
    group by 3, 4, 6, 7, 8
    union all
    select part, 'J', date_trunc('month', f.filled_on)::date, null, f.consolidated, f.qualification_level,
           f.occupational_category, f.contract_type, factor * count(*)
    from filled_job f where f.company_id = company
    group by 3, 5, 6, 7, 8
    union all
    select part, 'I', date_trunc('month', i.made_on)::date, null, null, null, null, null, factor * count(*)
    from introduction i where i.company_id = company
    group by 3;
$$;

-- A company's activity row changed (its days, or its partition): its months leave the old partition and
-- join the new one; when the partition changed, its records move too.
create function company_activity_rollup() returns trigger language plpgsql as $$
declare
    old_partition integer := case when tg_op = 'INSERT' then null else old.partition_id end;
    new_partition integer := case when tg_op = 'DELETE' then null else new.partition_id end;
begin
    if tg_op = 'UPDATE' and old_partition is not distinct from new_partition and old.contacted = new.contacted
            and old.diagnosed = new.diagnosed and old.supported = new.supported then
        return null;
    end if;
    if old_partition is not null then
        insert into report_company_month (partition_id, series, month, delta)
        select old_partition, d.series, d.month, -d.delta from company_month_deltas(old.contacted, old.diagnosed, old.supported) d;
    end if;
    if new_partition is not null then
        insert into report_company_month (partition_id, series, month, delta)
        select new_partition, d.series, d.month, d.delta from company_month_deltas(new.contacted, new.diagnosed, new.supported) d;
    end if;
    if old_partition is distinct from new_partition then
        if old_partition is not null then
            perform company_record_rows(old.company_id, old_partition, -1);
        end if;
        if new_partition is not null then
            perform company_record_rows(new.company_id, new_partition, 1);
        end if;
    end if;
    return null;
end $$;
create trigger company_activity_rollup after insert or update or delete on company_activity
    for each row execute function company_activity_rollup();

-- New activity rows are born with their partition.
create or replace function refresh_company_activity(companies bigint[]) returns void language sql as $$
    insert into company_activity (company_id, contacted, diagnosed, supported, partition_id)
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
                     where p.to_stage = 'SUPPORT'), '{}'),
           -- kept up to date by the triggers below once the row exists: only a new row needs it
           coalesce((select a.partition_id from company_activity a where a.company_id = c.id), report_partition_of(c.id))
    from company c
    where c.id = any(companies)
    on conflict (company_id) do update
        set contacted = excluded.contacted, diagnosed = excluded.diagnosed, supported = excluded.supported;
$$;

-- A company's rounds or department changed: its partition follows, after the company is locked, as the
-- activity triggers lock it (V013), so that records written at the same time land in one partition or
-- the other, never in both or in none.
create function refresh_company_partition(companies bigint[]) returns void language plpgsql as $$
begin
    perform 1 from company where id = any(companies) order by id for no key update;
    insert into company_activity (company_id, partition_id)
    select c.id, report_partition_of(c.id) from company c where c.id = any(companies) order by c.id
    on conflict (company_id) do update set partition_id = excluded.partition_id
        where company_activity.partition_id is distinct from excluded.partition_id;
end $$;

create function company_round_partition() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform refresh_company_partition(array(select distinct company_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform refresh_company_partition(array(select distinct company_id from old_rows));
    else
        perform refresh_company_partition(array(select company_id from old_rows union select company_id from new_rows));
    end if;
    return null;
end $$;
create trigger company_round_partition_insert after insert on company_round
    referencing new table as new_rows for each statement execute function company_round_partition();
create trigger company_round_partition_update after update on company_round
    referencing old table as old_rows new table as new_rows for each statement execute function company_round_partition();
create trigger company_round_partition_delete after delete on company_round
    referencing old table as old_rows for each statement execute function company_round_partition();

create function company_department_partition() returns trigger language plpgsql as $$
begin
    perform refresh_company_partition(array(select n.id from new_rows n join old_rows o on o.id = n.id
                                            where o.department_code is distinct from n.department_code));
    return null;
end $$;
create trigger company_department_partition after update on company
    referencing old table as old_rows new table as new_rows for each statement execute function company_department_partition();

-- A company about to be deleted leaves its partition first, with its months and records; the records
-- then deleted with it find no partition and change nothing.
create function company_leaves_partition() returns trigger language plpgsql as $$
begin
    update company_activity set partition_id = null where company_id = old.id and partition_id is not null;
    return old;
end $$;
create trigger company_leaves_partition before delete on company
    for each row execute function company_leaves_partition();

-- Records inserted, updated or deleted: their old values leave their company's partition (sign -1), their
-- new ones join it (+1). The companies are locked first, in id order, as for the activity (V013).
create function recruitment_rollup_rows(changed recruitment[], factor integer) returns void language plpgsql as $$
begin
    perform 1 from company where id in (select r.company_id from unnest(changed) r) order by id for no key update;
    insert into report_record_month (partition_id, kind, month, cancelled_on, qualification_level,
                                     occupational_category, contract_type, amount)
    select a.partition_id, 'P', date_trunc('month', r.identified_on)::date, r.cancelled_on, r.qualification_level,
           r.occupational_category, r.contract_type, factor * sum(r.positions)
    from unnest(changed) r join company_activity a on a.company_id = r.company_id and a.partition_id is not null
    group by 1, 3, 4, 5, 6, 7;
end $$;

create function filled_job_rollup_rows(changed filled_job[], factor integer) returns void language plpgsql as $$
begin
    perform 1 from company where id in (select f.company_id from unnest(changed) f) order by id for no key update;
    insert into report_record_month (partition_id, kind, month, consolidated, qualification_level,
                                     occupational_category, contract_type, amount)
    select a.partition_id, 'J', date_trunc('month', f.filled_on)::date, f.consolidated, f.qualification_level,
           f.occupational_category, f.contract_type, factor * count(*)
    from unnest(changed) f join company_activity a on a.company_id = f.company_id and a.partition_id is not null
    group by 1, 3, 4, 5, 6, 7;
end $$;

create function introduction_rollup_rows(changed introduction[], factor integer) returns void language plpgsql as $$
begin
    perform 1 from company where id in (select i.company_id from unnest(changed) i) order by id for no key update;
    insert into report_record_month (partition_id, kind, month, amount)
    select a.partition_id, 'I', date_trunc('month', i.made_on)::date, factor * count(*)
    from unnest(changed) i join company_activity a on a.company_id = i.company_id and a.partition_id is not null
    group by 1, 3;
end $$;

-- Updates that change nothing counted (a status, a title, an outcome) add no rows.
create function recruitment_rollup() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform recruitment_rollup_rows(array(select n::recruitment from new_rows n), 1);
    elsif tg_op = 'DELETE' then
        perform recruitment_rollup_rows(array(select o::recruitment from old_rows o), -1);
    else
        -- a record moved to another company: both companies locked at once, in id order (two merges the
        -- other way round would otherwise each hold one and wait for the other)
        perform 1 from company where id in (select o.company_id from old_rows o union select n.company_id from new_rows n)
            order by id for no key update;
        perform recruitment_rollup_rows(array(select o::recruitment from old_rows o join new_rows n on n.id = o.id
            where (o.company_id, o.identified_on, o.cancelled_on, o.positions, o.qualification_level, o.occupational_category, o.contract_type)
                  is distinct from (n.company_id, n.identified_on, n.cancelled_on, n.positions, n.qualification_level, n.occupational_category, n.contract_type)), -1);
        perform recruitment_rollup_rows(array(select n::recruitment from new_rows n join old_rows o on o.id = n.id
            where (o.company_id, o.identified_on, o.cancelled_on, o.positions, o.qualification_level, o.occupational_category, o.contract_type)
                  is distinct from (n.company_id, n.identified_on, n.cancelled_on, n.positions, n.qualification_level, n.occupational_category, n.contract_type)), 1);
    end if;
    return null;
end $$;

create function filled_job_rollup() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform filled_job_rollup_rows(array(select n::filled_job from new_rows n), 1);
    elsif tg_op = 'DELETE' then
        perform filled_job_rollup_rows(array(select o::filled_job from old_rows o), -1);
    else
        -- a record moved to another company: both companies locked at once, in id order (two merges the
        -- other way round would otherwise each hold one and wait for the other)
        perform 1 from company where id in (select o.company_id from old_rows o union select n.company_id from new_rows n)
            order by id for no key update;
        perform filled_job_rollup_rows(array(select o::filled_job from old_rows o join new_rows n on n.id = o.id
            where (o.company_id, o.filled_on, o.consolidated, o.qualification_level, o.occupational_category, o.contract_type)
                  is distinct from (n.company_id, n.filled_on, n.consolidated, n.qualification_level, n.occupational_category, n.contract_type)), -1);
        perform filled_job_rollup_rows(array(select n::filled_job from new_rows n join old_rows o on o.id = n.id
            where (o.company_id, o.filled_on, o.consolidated, o.qualification_level, o.occupational_category, o.contract_type)
                  is distinct from (n.company_id, n.filled_on, n.consolidated, n.qualification_level, n.occupational_category, n.contract_type)), 1);
    end if;
    return null;
end $$;

create function introduction_rollup() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform introduction_rollup_rows(array(select n::introduction from new_rows n), 1);
    elsif tg_op = 'DELETE' then
        perform introduction_rollup_rows(array(select o::introduction from old_rows o), -1);
    else
        -- a record moved to another company: both companies locked at once, in id order (two merges the
        -- other way round would otherwise each hold one and wait for the other)
        perform 1 from company where id in (select o.company_id from old_rows o union select n.company_id from new_rows n)
            order by id for no key update;
        perform introduction_rollup_rows(array(select o::introduction from old_rows o join new_rows n on n.id = o.id
            where (o.company_id, o.made_on) is distinct from (n.company_id, n.made_on)), -1);
        perform introduction_rollup_rows(array(select n::introduction from new_rows n join old_rows o on o.id = n.id
            where (o.company_id, o.made_on) is distinct from (n.company_id, n.made_on)), 1);
    end if;
    return null;
end $$;

create trigger recruitment_rollup_insert after insert on recruitment
    referencing new table as new_rows for each statement execute function recruitment_rollup();
create trigger recruitment_rollup_update after update on recruitment
    referencing old table as old_rows new table as new_rows for each statement execute function recruitment_rollup();
create trigger recruitment_rollup_delete after delete on recruitment
    referencing old table as old_rows for each statement execute function recruitment_rollup();
create trigger filled_job_rollup_insert after insert on filled_job
    referencing new table as new_rows for each statement execute function filled_job_rollup();
create trigger filled_job_rollup_update after update on filled_job
    referencing old table as old_rows new table as new_rows for each statement execute function filled_job_rollup();
create trigger filled_job_rollup_delete after delete on filled_job
    referencing old table as old_rows for each statement execute function filled_job_rollup();
create trigger introduction_rollup_insert after insert on introduction
    referencing new table as new_rows for each statement execute function introduction_rollup();
create trigger introduction_rollup_update after update on introduction
    referencing old table as old_rows new table as new_rows for each statement execute function introduction_rollup();
create trigger introduction_rollup_delete after delete on introduction
    referencing old table as old_rows for each statement execute function introduction_rollup();

-- The rows added since the last time, summed up: the dashboard reads fewer of them. Run every hour by the
-- application (ReportRollupCompaction) and at the end of this migration. Rows added while it runs are kept as they are.
create function compact_report_rollups() returns void language sql as $$
    with gone as (delete from report_company_month returning *)
    insert into report_company_month (partition_id, series, month, delta)
    select partition_id, series, month, sum(delta) from gone group by 1, 2, 3 having sum(delta) <> 0;
    with gone as (delete from report_record_month returning *)
    insert into report_record_month (partition_id, kind, month, cancelled_on, consolidated, qualification_level,
                                     occupational_category, contract_type, amount)
    select partition_id, kind, month, cancelled_on, consolidated, qualification_level, occupational_category, contract_type, sum(amount)
    from gone group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(amount) <> 0;
$$;

-- The data already there: every company in a round gets its partition (the activity trigger adds its
-- months and records), then the rows are summed up.
insert into company_activity (company_id, partition_id)
select c.id, report_partition_of(c.id) from company c where exists (select 1 from company_round cr where cr.company_id = c.id)
on conflict (company_id) do update set partition_id = excluded.partition_id;
select compact_report_rollups();
