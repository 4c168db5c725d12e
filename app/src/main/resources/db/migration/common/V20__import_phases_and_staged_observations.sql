-- Imports that take a while: an import is 'reading' while its file is read and checked in the
-- background, 'committing' while its commit runs, and 'interrupted' when the application stopped
-- during either (found so at the next start; a commit is one transaction, so nothing of an
-- interrupted commit was applied). interrupted_while says which. The state's check is replaced by
-- moving the column, since the inline check's name differs between H2 and PostgreSQL.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

alter table import_record add column state_now varchar(16) default 'previewed' not null;
update import_record set state_now = state;
alter table import_record drop column state;
alter table import_record rename column state_now to state;
alter table import_record alter column state drop default;
alter table import_record add constraint import_record_state check (state in
    ('reading', 'previewed', 'committing', 'committed', 'undone', 'discarded', 'interrupted'));
alter table import_record add column interrupted_while varchar(16);
alter table import_record add constraint import_record_interrupted check (
    (state = 'interrupted') = (interrupted_while is not null)
    and (interrupted_while is null or interrupted_while in ('reading', 'committing')));

-- The checked rows of a KPI observations file, one per row without a problem, written by the
-- preview through the database's bulk path and moved into kpi_observation by the commit: the
-- planned changes of the one kind whose files hold millions of rows (import_change keeps every
-- other kind's). old_value and old_weight are the stored observation a 'change' replaces, for the
-- undo. No foreign keys: a key check per row would double the time of a million-row preview; rows
-- are written only by the preview that created their import, and erasing an employee removes
-- theirs (as for import_change).
create table import_observation (
    import_id     bigint         not null,
    row_number    integer        not null check (row_number >= 2),
    subject       varchar(500)   not null,
    action        varchar(8)     not null check (action in ('add', 'change', 'same')),
    kpi_id        bigint         not null,
    employee_id   bigint,
    unit_id       bigint,
    period_start  date           not null,
    kpi_value     numeric(24, 6) not null,
    weight        numeric(24, 6),
    old_value     numeric(24, 6),
    old_weight    numeric(24, 6),
    constraint import_observation_subject check ((employee_id is null) <> (unit_id is null)),
    constraint import_observation_old check (action = 'add' or old_value is not null)
);

create index import_observation_import on import_observation (import_id, row_number);
create index import_observation_employee on import_observation (employee_id);
