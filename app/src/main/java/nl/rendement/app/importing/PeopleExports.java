package nl.rendement.app.importing;

import static nl.rendement.app.importing.StoredRows.date;
import static nl.rendement.app.importing.StoredRows.decimal;

import nl.rendement.app.importing.formats.ExportRow;
import nl.rendement.app.importing.formats.PeopleFormats;
import nl.rendement.app.importing.formats.PersonColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exports of the organisation and its people: org units, an HR snapshot of one day, leavers. A
 * person is named by employee number and email, as the HR system names them; never by name.
 */
@Configuration(proxyBeanMethods = false)
class PeopleExports {

    @Bean
    KindExport orgUnitsExport(StoredRows stored) {
        return new QueryExport(
                PeopleFormats.ORG_UNITS,
                reach -> "select u.code, u.name, u.kind, parent.code parent_code, u.valid_from, u.valid_to"
                        + " from org_unit u left join org_unit parent on parent.id = u.parent_id"
                        + " where " + reach.team("u.id") + " order by u.code",
                request -> (rs, n) -> ExportRow.empty()
                        .with(PeopleFormats.UNIT_CODE, rs.getString("code"))
                        .with(PeopleFormats.UNIT_NAME, rs.getString("name"))
                        .with(PeopleFormats.UNIT_KIND, rs.getString("kind"))
                        .with(PeopleFormats.PARENT, rs.getString("parent_code"))
                        .with(PeopleFormats.VALID_FROM, date(rs, "valid_from"))
                        .with(PeopleFormats.VALID_TO, date(rs, "valid_to")),
                stored);
    }

    /**
     * Everyone employed on the day with what was true of them then. A manager outside the
     * analyst's units is left blank: their employee number is not the analyst's to see.
     */
    @Bean
    KindExport hrSnapshotExport(StoredRows stored) {
        return new QueryExport(
                PeopleFormats.HR_SNAPSHOT,
                reach -> "select e.employee_number, e.email, e.hire_date, u.code unit_code, p.job_group,"
                        + " case when " + reach.person("m", ":day") + " then coalesce(m.employee_number, m.email)"
                        + " end manager, p.annual_salary, p.salary_currency, p.fte, p.contract_hours"
                        + " from employee e join employee_period p on p.employee_id = e.id"
                        + " and p.valid_from <= :day and (p.valid_to is null or p.valid_to > :day)"
                        + " join org_unit u on u.id = p.unit_id left join employee m on m.id = p.manager_id"
                        + " where e.hire_date <= :day and (e.exit_date is null or e.exit_date >= :day)"
                        + " and " + reach.team("p.unit_id") + " order by e.id",
                request -> (rs, n) -> ExportRow.empty()
                        .with(PersonColumns.EMPLOYEE_NUMBER, rs.getString("employee_number"))
                        .with(PersonColumns.EMAIL, rs.getString("email"))
                        .with(PeopleFormats.SNAPSHOT_DATE, request.day())
                        .with(PeopleFormats.HIRE_DATE, date(rs, "hire_date"))
                        .with(PeopleFormats.UNIT, rs.getString("unit_code"))
                        .with(PeopleFormats.JOB_GROUP, rs.getString("job_group"))
                        .with(PeopleFormats.MANAGER, rs.getString("manager"))
                        .with(PeopleFormats.SALARY, decimal(rs, "annual_salary"))
                        .with(PeopleFormats.CURRENCY, rs.getString("salary_currency"))
                        .with(PeopleFormats.FTE, decimal(rs, "fte"))
                        .with(PeopleFormats.CONTRACT_HOURS, decimal(rs, "contract_hours")),
                stored);
    }

    /** Everyone who left, in the analyst's units on their last day. */
    @Bean
    KindExport leaversExport(StoredRows stored) {
        return new QueryExport(
                PeopleFormats.LEAVERS,
                reach -> "select e.employee_number, e.email, e.exit_date, e.exit_reason from employee e"
                        + " where e.exit_date is not null and " + reach.person("e", "e.exit_date") + " order by e.id",
                request -> (rs, n) -> ExportRow.empty()
                        .with(PersonColumns.EMPLOYEE_NUMBER, rs.getString("employee_number"))
                        .with(PersonColumns.EMAIL, rs.getString("email"))
                        .with(PeopleFormats.EXIT_DATE, date(rs, "exit_date"))
                        .with(PeopleFormats.REASON, rs.getString("exit_reason")),
                stored);
    }
}
