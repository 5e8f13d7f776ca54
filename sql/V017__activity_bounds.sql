-- Where a company's activity begins and where it last begins, so that the dashboard's two costliest passes
-- over the activity rows (README, "Programme dashboard": 31,436 rows and three multirange tests each, for
-- all rounds) are needed for fewer periods.
--
-- 1. The month that today cuts. The months count the companies active in each month; in the current month,
--    only up to today (an open support period, or a day entered ahead, is not counted before it comes).
--    That month is now the month's figure from report_company_month, less the companies whose activity in
--    the month all lies after today: each of them has a range that begins after today, which the index on
--    company_activity_last_start finds (normally none or a handful: days are rarely entered ahead).
--
-- 2. A period of whole months (a round's whole life, a year, a quarter). A company's series overlaps the
--    period exactly when it begins in the period, or began before it and has a day in it. Those that begin
--    in it are counted by month in report_company_first, kept by a trigger like the other rollups; only
--    those that began before the period are tested, found by (partition, first day): for a round's whole
--    life, none or few.

-- The latest day on which a range of any of the three series begins; null for a company without any.
create function company_activity_last_start(contacted datemultirange, diagnosed datemultirange, supported datemultirange)
    returns date language sql immutable parallel safe as $$
    select max(lower(r)) from (select unnest($1) union all select unnest($2) union all select unnest($3)) s (r)
$$;
create index company_activity_last_start_idx on company_activity (company_activity_last_start(contacted, diagnosed, supported));

-- The earliest first day of the three series; null for a company without any.
create function company_activity_first_start(contacted datemultirange, diagnosed datemultirange, supported datemultirange)
    returns date language sql immutable parallel safe as $$
    select least(lower($1), lower($2), lower($3))
$$;
create index company_activity_first_start_idx
    on company_activity (partition_id, company_activity_first_start(contacted, diagnosed, supported));

-- Companies of a partition whose series (contacted, diagnosed, supported) begins in a month: + for a
-- company's first day now, - for its old one. Rows are only ever added, and summed up by
-- compact_report_rollups().
create table report_company_first (
    partition_id  integer not null,
    series        char(1) not null check (series in ('C', 'D', 'S')),
    month         date    not null,
    delta         integer not null
);
create index report_company_first_idx on report_company_first (partition_id, month) include (series, delta);

insert into report_company_first (partition_id, series, month, delta)
select a.partition_id, s.series, date_trunc('month', s.day)::date, count(*)
from company_activity a
cross join lateral (values ('C', lower(a.contacted)), ('D', lower(a.diagnosed)), ('S', lower(a.supported))) s (series, day)
where a.partition_id is not null and s.day is not null
group by 1, 2, 3;

create function company_activity_first_rollup() returns trigger language plpgsql as $$
declare
    old_partition integer := case when tg_op = 'INSERT' then null else old.partition_id end;
    new_partition integer := case when tg_op = 'DELETE' then null else new.partition_id end;
begin
    if tg_op = 'UPDATE' and old_partition is not distinct from new_partition
            and lower(old.contacted) is not distinct from lower(new.contacted)
            and lower(old.diagnosed) is not distinct from lower(new.diagnosed)
            and lower(old.supported) is not distinct from lower(new.supported) then
        return null;
    end if;
    if old_partition is not null then
        insert into report_company_first (partition_id, series, month, delta)
        select old_partition, s.series, date_trunc('month', s.day)::date, -1
        from (values ('C', lower(old.contacted)), ('D', lower(old.diagnosed)), ('S', lower(old.supported))) s (series, day)
        where s.day is not null;
    end if;
    if new_partition is not null then
        insert into report_company_first (partition_id, series, month, delta)
        select new_partition, s.series, date_trunc('month', s.day)::date, 1
        from (values ('C', lower(new.contacted)), ('D', lower(new.diagnosed)), ('S', lower(new.supported))) s (series, day)
        where s.day is not null;
    end if;
    return null;
end $$;
create trigger company_activity_first_rollup after insert or update or delete on company_activity
    for each row execute function company_activity_first_rollup();

-- V016's compaction, and this rollup's.
create or replace function compact_report_rollups() returns void language sql as $$
    with gone as (delete from report_company_month returning *)
    insert into report_company_month (partition_id, series, month, delta)
    select partition_id, series, month, sum(delta) from gone group by 1, 2, 3 having sum(delta) <> 0;
    with gone as (delete from report_company_first returning *)
    insert into report_company_first (partition_id, series, month, delta)
    select partition_id, series, month, sum(delta) from gone group by 1, 2, 3 having sum(delta) <> 0;
    with gone as (delete from report_record_month returning *)
    insert into report_record_month (partition_id, kind, month, cancelled_on, consolidated, qualification_level,
                                     occupational_category, contract_type, amount)
    select partition_id, kind, month, cancelled_on, consolidated, qualification_level, occupational_category, contract_type, sum(amount)
    from gone group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(amount) <> 0;
    -- last: the statement above added here the subtraction and the addition of every row it summed up
    with gone as (delete from report_total_month returning *)
    insert into report_total_month (partition_id, kind, month, cancelled_on, consolidated, amount)
    select partition_id, kind, month, cancelled_on, consolidated, sum(amount)
    from gone group by 1, 2, 3, 4, 5 having sum(amount) <> 0;
$$;
