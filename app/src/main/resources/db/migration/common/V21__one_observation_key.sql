-- One unique key for a KPI observation instead of two (issue 12's speed): a person's and a team's
-- observations were each unique by their own key, (kpi_id, employee_id, period_start) and
-- (kpi_id, unit_id, period_start). Since exactly one of employee_id and unit_id is set (the
-- subject check), one key over both with nulls not distinct says the same: two rows clash only
-- when KPI, person, team and period are all equal. Every row added is one index entry fewer to
-- write, which is most of a million-row import's commit. NULLS NOT DISTINCT needs PostgreSQL 15
-- or later; H2 2.x knows it too. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

alter table kpi_observation drop constraint kpi_observation_person;
alter table kpi_observation drop constraint kpi_observation_team;
alter table kpi_observation add constraint kpi_observation_key
    unique nulls not distinct (kpi_id, employee_id, unit_id, period_start);
