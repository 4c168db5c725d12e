-- Result versions frozen "as reported" (issue 9): a label, who froze it and when; a frozen
-- version's figures never change. Erasure is the one change a version accepts: the person's
-- rows leave its files (and their identifiers its result), and the version says how many rows
-- were erased and when, last.
alter table evaluation_run add column frozen_label varchar(200);
alter table evaluation_run add column frozen_at timestamp with time zone;
alter table evaluation_run add column frozen_by varchar(64);
alter table evaluation_run add column erased_rows integer default 0 not null;
alter table evaluation_run add column erased_at timestamp with time zone;
alter table evaluation_run add constraint evaluation_run_frozen check (
    (frozen_label is null) = (frozen_at is null) and (frozen_label is null) = (frozen_by is null)
    and (frozen_label is null or version is not null));
