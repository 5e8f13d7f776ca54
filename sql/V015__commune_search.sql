-- The company list's global search, when the text names a commune: a commune holds thousands of
-- companies at 100,000 (the benchmark: 14,286 for "orly"), and the trigram index handed all of them to
-- a recheck, a de-duplication and a sort to show 25 (40-50 ms a statement on a quiet machine).
--
-- commune_name holds every commune a company has ever had, lowercased, as the search compares it:
-- the few that contain the text are found there, and each one's companies are read from a btree
-- index on (commune, sort key, id): a page is then the first rows of each commune's range, merged,
-- and a count an index-only count. A commune no longer used stays listed and matches nobody.
create table commune_name (
    name text primary key
);
insert into commune_name (name)
select distinct lower(commune) from company where commune is not null;

create function commune_name_keep() returns trigger language plpgsql as $$
begin
    insert into commune_name (name)
    select distinct lower(commune) from new_rows where commune is not null
    on conflict do nothing;
    return null;
end $$;
create trigger company_commune_name_after_insert after insert on company
    referencing new table as new_rows for each statement execute function commune_name_keep();
create trigger company_commune_name_after_update after update on company
    referencing new table as new_rows for each statement execute function commune_name_keep();

-- One commune's companies in each sort of the list (the commune sort itself: company_commune_id_idx).
create index company_commune_name_idx on company (lower(commune), normalized_name, id);
create index company_commune_stage_idx on company (lower(commune), stage, id);
create index company_commune_department_idx on company (lower(commune), department_code, id);
create index company_commune_updated_idx on company (lower(commune), updated_at, id);
