-- PostgreSQL: the indexes by employee (for erasing a person's observations, stored and staged) hold
-- persons' rows only. A team's row has no employee, and a million-row import of team values wrote
-- a million index entries of null that no query reads. A lookup by employee_id = ? implies it is
-- not null, so the partial index serves it (and the employee foreign key's check) as before. H2
-- has no partial indexes (and keeps its own index for the foreign key, V22).
drop index kpi_observation_employee;
create index kpi_observation_employee on kpi_observation (employee_id) where employee_id is not null;
drop index import_observation_employee;
create index import_observation_employee on import_observation (employee_id) where employee_id is not null;
