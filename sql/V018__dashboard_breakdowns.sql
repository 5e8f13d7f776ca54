-- The dashboard's breakdowns (positions and jobs by qualification level, by occupational category, by
-- contract) summed report_record_month, whose rows carry the three codes together and the day of each
-- cancellation: for all rounds over their whole life, 40,000 rows and ~50 ms, the costliest of the
-- dashboard's statements once V017 had removed the passes over the activity rows (README, "Programme
-- dashboard"). report_breakdown_month holds the same amounts by one code at a time (dimension 'L' level,
-- 'C' category, 'T' contract) and by month of cancellation: a position counts unless cancelled on or before
-- the period's last day, which for a period ending on a month's last day is the same as cancelled in that
-- month or before. The dashboard reads it for periods of whole months, and report_record_month otherwise.
--
-- Like report_total_month (V016), it follows report_record_month rather than the records: every row added
-- there adds its amount here under each of its three codes, every row deleted there subtracts it; so it is
-- equal to report_record_month summed by one code, whatever writes that table, and the test that checks the
-- dashboard against the raw tables checks it too (ReportBrowserIT). Introductions have no codes: not here.
create table report_breakdown_month (
    partition_id     integer     not null,
    kind             char(1)     not null check (kind in ('P', 'J')),
    month            date        not null,
    cancelled_month  date,
    dimension        char(1)     not null check (dimension in ('L', 'C', 'T')),
    code             varchar(16),
    amount           bigint      not null
);
-- covering: the breakdowns read it by index only
create index report_breakdown_month_idx on report_breakdown_month (partition_id, month)
    include (kind, cancelled_month, dimension, code, amount);

create function report_breakdown_rows(sign integer, rows_kind char(1), partition integer, month date, cancelled date,
                                      level smallint, category varchar, contract varchar, amount bigint)
    returns table (partition_id integer, kind char(1), month date, cancelled_month date, dimension char(1), code varchar, amount bigint)
    language sql immutable as $$
    select $3, $2, $4, date_trunc('month', $5)::date, d.dimension, d.code, $1 * $9
    from (values ('L', $6::varchar), ('C', $7), ('T', $8)) d (dimension, code)
$$;

create function report_breakdown_follow() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        insert into report_breakdown_month (partition_id, kind, month, cancelled_month, dimension, code, amount)
        select b.partition_id, b.kind, b.month, b.cancelled_month, b.dimension, b.code, sum(b.amount)
        from old_rows r cross join lateral report_breakdown_rows(-1, r.kind, r.partition_id, r.month, r.cancelled_on,
                r.qualification_level, r.occupational_category, r.contract_type, r.amount) b
        where r.kind in ('P', 'J') group by 1, 2, 3, 4, 5, 6;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into report_breakdown_month (partition_id, kind, month, cancelled_month, dimension, code, amount)
        select b.partition_id, b.kind, b.month, b.cancelled_month, b.dimension, b.code, sum(b.amount)
        from new_rows r cross join lateral report_breakdown_rows(1, r.kind, r.partition_id, r.month, r.cancelled_on,
                r.qualification_level, r.occupational_category, r.contract_type, r.amount) b
        where r.kind in ('P', 'J') group by 1, 2, 3, 4, 5, 6;
    end if;
    return null;
end $$;
create trigger report_record_month_breakdown_insert after insert on report_record_month
    referencing new table as new_rows for each statement execute function report_breakdown_follow();
create trigger report_record_month_breakdown_update after update on report_record_month
    referencing old table as old_rows new table as new_rows for each statement execute function report_breakdown_follow();
create trigger report_record_month_breakdown_delete after delete on report_record_month
    referencing old table as old_rows for each statement execute function report_breakdown_follow();

insert into report_breakdown_month (partition_id, kind, month, cancelled_month, dimension, code, amount)
select b.partition_id, b.kind, b.month, b.cancelled_month, b.dimension, b.code, sum(b.amount)
from report_record_month r cross join lateral report_breakdown_rows(1, r.kind, r.partition_id, r.month, r.cancelled_on,
        r.qualification_level, r.occupational_category, r.contract_type, r.amount) b
where r.kind in ('P', 'J') group by 1, 2, 3, 4, 5, 6 having sum(b.amount) <> 0;

-- V017's compaction, and this table's after report_record_month's (whose compaction adds rows here).
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
    -- last: the statement above added to these two the subtraction and the addition of every row it summed up
    with gone as (delete from report_total_month returning *)
    insert into report_total_month (partition_id, kind, month, cancelled_on, consolidated, amount)
    select partition_id, kind, month, cancelled_on, consolidated, sum(amount)
    from gone group by 1, 2, 3, 4, 5 having sum(amount) <> 0;
    with gone as (delete from report_breakdown_month returning *)
    insert into report_breakdown_month (partition_id, kind, month, cancelled_month, dimension, code, amount)
    select partition_id, kind, month, cancelled_month, dimension, code, sum(amount)
    from gone group by 1, 2, 3, 4, 5, 6 having sum(amount) <> 0;
$$;
