-- The KPI library's value of a unit with what it rests on (issue 9): the engine asks employee-time
-- values for what the saved time goes to, and shows the evidence of any value in its trail.
alter table kpi_definition add column value_evidence varchar(2000);
alter table kpi_definition add constraint kpi_definition_value_evidence check (
    value_evidence is null or value_per_unit is not null);
