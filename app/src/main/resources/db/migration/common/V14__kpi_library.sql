-- The KPI library (issue 9): a KPI's default value of one unit, for one person (or team) and one
-- period of the KPI, with how that value was found (the engine's conversion technique, never an
-- estimate here: an estimate needs its estimator's confidence, which belongs to a plan), where it
-- comes from, its year and currency; all of them or none. Plans take it as their default and may
-- choose another value.
alter table kpi_definition add column value_per_unit numeric(19, 4);
alter table kpi_definition add column value_currency varchar(3);
alter table kpi_definition add column value_technique varchar(32);
alter table kpi_definition add column value_source varchar(500);
alter table kpi_definition add column value_year integer;
alter table kpi_definition add constraint kpi_definition_value_range check (value_per_unit >= 0
    and value_year between 1900 and 2200);
alter table kpi_definition add constraint kpi_definition_value_technique check (value_technique in (
    'output_as_contribution', 'cost_of_quality', 'employee_time', 'historical_cost', 'expert', 'external_study',
    'linked_measure'));
alter table kpi_definition add constraint kpi_definition_value_whole check (
    (value_per_unit is null) = (value_currency is null) and (value_per_unit is null) = (value_technique is null)
    and (value_per_unit is null) = (value_source is null) and (value_per_unit is null) = (value_year is null));

-- The programme types whose results a KPI shows (sales: revenue, conversion, customer
-- satisfaction): the library by programme type. Leaves with its KPI.
create table kpi_programme_type (
    kpi_id          bigint       not null references kpi_definition (id) on delete cascade,
    programme_type  varchar(32)  not null check (programme_type in ('onboarding', 'leadership',
                        'digital_learning', 'sales', 'wellbeing', 'compliance', 'ai_literacy', 'soft_skills', 'other')),
    primary key (kpi_id, programme_type)
);
