-- Imports of every kind, not only of employees' data. A planned change names its subject (the key
-- the row is about: a programme's name, a KPI's code with a team and a period ...); employee_id is
-- kept only when the subject is a person's, so that erasing them removes the change. Values are
-- a kind's fields as a JSON object, so they need more room. A notice is not a problem: it tells
-- the user something (a possible leaver) without keeping any row from being imported.

alter table import_change alter column employee_id drop not null;
alter table import_change add column subject varchar(500) default '' not null;
alter table import_change alter column old_value set data type varchar(20000);
alter table import_change alter column new_value set data type varchar(20000);

alter table import_problem add column notice boolean default false not null;
