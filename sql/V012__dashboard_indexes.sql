-- The programme dashboard at 200,000 recruitments, ~120,000 filled jobs and 100,000 introductions
-- (measured: target/benchmarks/dashboard.md, README "Performance"). Its figures, breakdowns and months
-- read the records of a period and keep those of the chosen companies: with the company, the counted
-- columns and the codes of the breakdowns in the index, a period is read from the index alone (an
-- index-only range scan) instead of visiting every record of the period in the table.
-- Each replaces the plain index on the same date, which it serves as well (the records pages sort on it).
create index recruitment_identified_cover_idx on recruitment (identified_on)
    include (company_id, positions, cancelled_on, qualification_level, occupational_category, contract_type);
drop index recruitment_identified_idx;

create index filled_job_filled_cover_idx on filled_job (filled_on)
    include (company_id, consolidated, qualification_level, occupational_category, contract_type);
drop index filled_job_filled_on_idx;

create index introduction_made_cover_idx on introduction (made_on) include (company_id);
drop index introduction_made_idx;
