-- Two transactions writing for the same company at once (one records an action while another saves a
-- diagnostic) each rebuilt the company's activity row from what they could see: the second could then
-- write a row that misses the first one's day. Each trigger now first locks the companies its statement
-- touched, in id order (so two such statements cannot deadlock), then rebuilds their rows in a statement
-- of its own, which sees what the other transaction committed while it waited.
create function refresh_company_activity_locked(companies bigint[]) returns void language plpgsql as $$
begin
    perform 1 from company where id = any(companies) order by id for no key update;
    perform refresh_company_activity(companies);
end $$;

create or replace function company_activity_after_insert() returns trigger language plpgsql as $$
begin
    perform refresh_company_activity_locked(array(select distinct company_id from new_rows));
    return null;
end $$;
create or replace function company_activity_after_update() returns trigger language plpgsql as $$
begin
    perform refresh_company_activity_locked(array(select company_id from old_rows union select company_id from new_rows));
    return null;
end $$;
create or replace function company_activity_after_delete() returns trigger language plpgsql as $$
begin
    perform refresh_company_activity_locked(array(select distinct company_id from old_rows));
    return null;
end $$;
