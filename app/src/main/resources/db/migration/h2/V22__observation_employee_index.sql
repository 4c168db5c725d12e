-- H2 indexes every foreign key by itself, so kpi_observation_employee (V13, for erasing a person's
-- observations) repeated the index H2 already keeps for the employee_id foreign key: one more entry
-- to write per row added. PostgreSQL indexes no foreign key by itself and keeps it.
drop index kpi_observation_employee;
