-- How many rows of an import add, change or keep a value: counted once when its preview is read
-- and kept with the import, instead of counting its planned changes (import_change) or staged rows
-- (import_observation) on every view of the import and at its commit, a scan of a million rows for
-- a large file. Erasing a person recounts the imports that held their rows. Existing imports are
-- counted here. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
alter table import_record add column added integer default 0 not null;
alter table import_record add column changed integer default 0 not null;
alter table import_record add column unchanged integer default 0 not null;
update import_record set
    added = (select count(*) from import_change c where c.import_id = import_record.id and c.action = 'add')
        + (select count(*) from import_observation o where o.import_id = import_record.id and o.action = 'add'),
    changed = (select count(*) from import_change c where c.import_id = import_record.id and c.action = 'change')
        + (select count(*) from import_observation o where o.import_id = import_record.id and o.action = 'change'),
    unchanged = (select count(*) from import_change c where c.import_id = import_record.id and c.action = 'same')
        + (select count(*) from import_observation o where o.import_id = import_record.id and o.action = 'same');
alter table import_record add constraint import_record_counts check (added >= 0 and changed >= 0 and unchanged >= 0);
