-- Each time a contact's details are confirmed up to date (created, edited, or "still valid"):
-- the freshness page's share of up-to-date contacts over time is computed from these.
create table contact_confirmation (
    id            bigint generated always as identity primary key,
    contact_id    bigint      not null references contact (id) on delete cascade,
    confirmed_on  date        not null,
    confirmed_by  varchar(64) not null
);
create index contact_confirmation_contact_idx on contact_confirmation (contact_id, confirmed_on);
create index contact_confirmation_date_idx on contact_confirmation (confirmed_on);

insert into contact_confirmation (contact_id, confirmed_on, confirmed_by)
select id, confirmed_on, 'migration' from contact;
