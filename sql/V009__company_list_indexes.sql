-- The company list at 100,000 companies (measured: target/benchmarks, README "Performance").
-- A page's ids are read from an index alone (an index-only walk in the sort order, either
-- direction, with the id breaking ties), and the global search's "contains" patterns use
-- trigram indexes instead of reading the whole company and contact tables.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may
-- create it without being a superuser.
create extension if not exists pg_trgm;

-- Sorts of the whole list: (key, id). The commune sorts on lower(commune); the column itself is
-- included so that the planner can read the page's ids from the index alone.
create index company_stage_id_idx on company (stage, id);
create index company_department_id_idx on company (department_code, id);
create index company_commune_id_idx on company (lower(commune), id) include (commune);
create index company_updated_id_idx on company (updated_at, id);
-- Sorts within one stage, the filter used most (company_stage_idx already serves the name).
create index company_stage_commune_idx on company (stage, lower(commune), id) include (commune);
create index company_stage_department_idx on company (stage, department_code, id);
create index company_stage_updated_idx on company (stage, updated_at, id);
-- superseded by the indexes above ((updated_at desc, id) cannot serve "desc, id desc")
drop index company_commune_idx;
drop index company_updated_idx;

-- Global search: name, commune, contact's last name and email, all "contains".
create index company_name_trgm_idx on company using gin (normalized_name gin_trgm_ops);
create index company_commune_trgm_idx on company using gin (lower(commune) gin_trgm_ops);
create index contact_last_name_trgm_idx on contact using gin (lower(last_name) gin_trgm_ops);
create index contact_email_trgm_idx on contact using gin (lower(email) gin_trgm_ops);
