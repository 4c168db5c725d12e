-- The identity report of an import counts, besides rows matched to one employee, to none or to
-- more than one, the rows that add a new employee (an HR snapshot names someone not yet stored).
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

alter table import_record add column newcomers integer default 0 not null;
alter table import_record add constraint import_record_newcomers check (newcomers >= 0);
