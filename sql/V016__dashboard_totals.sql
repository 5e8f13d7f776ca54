-- The dashboard's figures and months need, of the records, only their totals by kind and month: positions
-- ('P', with their cancellation day), jobs ('J', consolidated or not) and introductions ('I'). They read
-- report_record_month (V014), whose rows also carry the breakdowns' codes (level, category, contract):
-- at 31,436 companies, all rounds over their whole life summed 40,110 rows, half the figures' statement
-- (README, "Programme dashboard"). report_total_month holds the same amounts without the codes: 8,324 rows
-- there. Only the breakdowns still read report_record_month.
--
-- It follows report_record_month rather than the records: every row added there (V014's triggers, and
-- compact_report_rollups) adds its amount here, every row deleted there (compact_report_rollups) subtracts
-- it. So it is equal to report_record_month summed without the codes, whatever writes that table, and the
-- test that checks the dashboard against the raw tables checks it too (ReportBrowserIT). Its rows are
-- summed up with the others, after them.
create table report_total_month (
    partition_id  integer  not null,
    kind          char(1)  not null check (kind in ('P', 'J', 'I')),
    month         date     not null,
    cancelled_on  date,
    consolidated  boolean,
    amount        bigint   not null
);
-- covering: the figures and months read it by index only
create index report_total_month_idx on report_total_month (partition_id, month) include (kind, cancelled_on, consolidated, amount);

create function report_total_follow() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        insert into report_total_month (partition_id, kind, month, cancelled_on, consolidated, amount)
        select partition_id, kind, month, cancelled_on, consolidated, -sum(amount)
        from old_rows group by 1, 2, 3, 4, 5;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into report_total_month (partition_id, kind, month, cancelled_on, consolidated, amount)
        select partition_id, kind, month, cancelled_on, consolidated, sum(amount)
        from new_rows group by 1, 2, 3, 4, 5;
    end if;
    return null;
end $$;
create trigger report_record_month_total_insert after insert on report_record_month
    referencing new table as new_rows for each statement execute function report_total_follow();
create trigger report_record_month_total_update after update on report_record_month
    referencing old table as old_rows new table as new_rows for each statement execute function report_total_follow();
create trigger report_record_month_total_delete after delete on report_record_month
    referencing old table as old_rows for each statement execute function report_total_follow();

create or replace function compact_report_rollups() returns void language sql as $$
    with gone as (delete from report_company_month returning *)
    insert into report_company_month (partition_id, series, month, delta)
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

insert into report_total_month (partition_id, kind, month, cancelled_on, consolidated, amount)
select partition_id, kind, month, cancelled_on, consolidated, sum(amount)
from report_record_month group by 1, 2, 3, 4, 5 having sum(amount) <> 0;
