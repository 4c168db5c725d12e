package nl.rendement.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.security.Scope;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the people storage must do on every supported database (subclasses pick the database). */
@SpringBootTest
abstract class PeopleStorageContract {

    static final LocalDate HIRED = LocalDate.of(2023, 1, 1);
    static final LocalDate PROGRAMME_START = LocalDate.of(2024, 3, 1);
    static final LocalDate PROMOTED = LocalDate.of(2024, 6, 1);

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    OrgUnit sales;
    OrgUnit team;

    @BeforeEach
    void startEmpty() {
        jdbc.sql("delete from employee_period").update();
        jdbc.sql("delete from employee").update();
        jdbc.sql("update org_unit set parent_id = null").update();
        jdbc.sql("delete from org_unit").update();
        sales = units.add("D-SALES", "Verkoop", UnitKind.DEPARTMENT, Optional.empty(), LocalDate.of(2020, 1, 1));
        team = units.add(
                "T-SALES-N", "Verkoop Noord", UnitKind.TEAM, Optional.of(sales.id()), LocalDate.of(2020, 1, 1));
    }

    @Test
    void aPromotionAfterAProgrammeDoesNotChangeWhatWasTrueTheDayBefore() {
        Employee anna = employees.hire(hire("P-0000000A", "1001", HIRED, attributes("B", "42000.50")));
        employees.change(anna.id(), PROMOTED, attributes("C", "51000"));

        assertThat(employees.asOf(anna.id(), PROGRAMME_START.minusDays(1)).orElseThrow())
                .isEqualTo(attributes("B", "42000.50"));
        assertThat(employees
                        .asOf(anna.id(), PROMOTED.minusDays(1))
                        .orElseThrow()
                        .jobGroup())
                .isEqualTo("B");
        assertThat(employees.asOf(anna.id(), PROMOTED).orElseThrow().jobGroup()).isEqualTo("C");
        assertThat(employees.asOf(anna.id(), PROMOTED).orElseThrow().annualSalary())
                .isEqualTo(Money.of("51000.00", "EUR"));
        assertThat(employees.history(anna.id(), UnitReach.EVERY_UNIT))
                .extracting(EmployeePeriod::validFrom, EmployeePeriod::validTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HIRED, Optional.of(PROMOTED)),
                        org.assertj.core.groups.Tuple.tuple(PROMOTED, Optional.empty()));
    }

    @Test
    void nothingIsTrueBeforeTheHireOrAfterTheLastDay() {
        Employee bram = employees.hire(hire("P-0000000B", "1002", HIRED, attributes("B", "40000")));
        employees.leave(bram.id(), new Employee.Exit(LocalDate.of(2024, 8, 31), ExitReason.VOLUNTARY));

        assertThat(employees.asOf(bram.id(), HIRED.minusDays(1))).isEmpty();
        assertThat(employees.asOf(bram.id(), LocalDate.of(2024, 8, 31))).isPresent();
        assertThat(employees.asOf(bram.id(), LocalDate.of(2024, 9, 1))).isEmpty();
        assertThat(employees.byId(bram.id()).orElseThrow().exit())
                .contains(new Employee.Exit(LocalDate.of(2024, 8, 31), ExitReason.VOLUNTARY));
        assertThat(employees.history(bram.id(), UnitReach.EVERY_UNIT).get(0).validTo())
                .contains(LocalDate.of(2024, 9, 1));
    }

    @Test
    void changesComeInDateOrderAndOnlyWhileEmployed() {
        Employee cas = employees.hire(hire("P-0000000C", "1003", HIRED, attributes("B", "40000")));
        employees.change(cas.id(), PROMOTED, attributes("C", "50000"));

        assertThatThrownBy(() -> employees.change(cas.id(), PROMOTED, attributes("D", "60000")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> employees.change(cas.id(), HIRED.minusDays(5), attributes("D", "60000")))
                .isInstanceOf(IllegalArgumentException.class);
        employees.leave(cas.id(), new Employee.Exit(LocalDate.of(2025, 1, 31), ExitReason.RETIREMENT));
        assertThatThrownBy(() -> employees.change(cas.id(), LocalDate.of(2025, 3, 1), attributes("D", "60000")))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(employees.history(cas.id(), UnitReach.EVERY_UNIT)).hasSize(2);
    }

    @Test
    void listsWhoWorkedHereOnADayWithWhatWasTrueThen() {
        Employee anna = employees.hire(hire("P-0000000A", "1001", HIRED, attributes("B", "42000")));
        employees.change(anna.id(), PROMOTED, attributes("C", "51000"));
        employees.hire(hire("P-0000000D", "1004", LocalDate.of(2024, 9, 1), attributes("A", "30000")));

        assertThat(employees.employedOn(PROGRAMME_START, UnitReach.EVERY_UNIT))
                .extracting(s -> s.employee().pseudonym(), s -> s.attributes().jobGroup())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P-0000000A", "B"));
        assertThat(employees.employedOn(LocalDate.of(2024, 9, 1), UnitReach.EVERY_UNIT))
                .extracting(s -> s.employee().pseudonym(), s -> s.attributes().jobGroup())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P-0000000A", "C"),
                        org.assertj.core.groups.Tuple.tuple("P-0000000D", "A"));
    }

    @Test
    void findsEmployeesByTheirExternalIdsAndRefusesDuplicates() {
        Employee anna = employees.hire(hire("P-0000000A", "1001", HIRED, attributes("B", "42000")));

        assertThat(employees.byEmployeeNumber("1001")).contains(anna);
        assertThat(employees.byPseudonym("P-0000000A")).contains(anna);
        assertThat(anna.email()).contains("1001@voorbeeld.nl");
        assertThatThrownBy(() -> employees.hire(hire("P-0000000E", "1001", HIRED, attributes("B", "1"))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.sql("select count(*) from employee_period")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void unitsFormAHierarchyAndExistForAPeriod() {
        units.dissolve(team.id(), LocalDate.of(2024, 1, 1));

        assertThat(units.byId(team.id()).orElseThrow().parentId()).contains(sales.id());
        assertThat(units.asOf(LocalDate.of(2023, 12, 31)))
                .extracting(OrgUnit::code)
                .containsExactly("D-SALES", "T-SALES-N");
        assertThat(units.asOf(LocalDate.of(2024, 1, 1)))
                .extracting(OrgUnit::code)
                .containsExactly("D-SALES");
        assertThatThrownBy(() ->
                        units.add("T-LATE", "Te laat", UnitKind.TEAM, Optional.of(team.id()), LocalDate.of(2024, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReachLimitsEveryReadToTheGrantedUnitsAndThoseBelowThem() {
        OrgUnit service = units.add(
                "D-SERVICE", "Klantenservice", UnitKind.DEPARTMENT, Optional.empty(), LocalDate.of(2020, 1, 1));
        Employee anna = employees.hire(hire("P-0000000A", "1001", HIRED, attributes("B", "42000")));
        employees.change(anna.id(), PROMOTED, inUnit(service, attributes("C", "51000")));
        Employee bram = employees.hire(hire("P-0000000B", "1002", HIRED, inUnit(service, attributes("B", "40000"))));
        employees.leave(bram.id(), new Employee.Exit(PROMOTED, ExitReason.VOLUNTARY));

        UnitReach salesOnly = units.reachOf(new Scope(Set.of(sales.id()), Set.of()));
        UnitReach programmesOnly = units.reachOf(new Scope(Set.of(), Set.of(7L)));

        assertThat(salesOnly.unitIds()).contains(Set.of(sales.id(), team.id()));
        assertThat(units.reachOf(Scope.UNLIMITED).everyUnit()).isTrue();
        assertThat(programmesOnly.noUnit()).isTrue();
        assertThat(employees.employedOn(PROGRAMME_START, salesOnly))
                .extracting(snapshot -> snapshot.employee().pseudonym())
                .containsExactly("P-0000000A");
        assertThat(employees.employedOn(PROMOTED, salesOnly)).isEmpty();
        assertThat(employees.employedOn(PROGRAMME_START, programmesOnly)).isEmpty();
        assertThat(employees.history(anna.id(), salesOnly))
                .extracting(EmployeePeriod::validFrom)
                .containsExactly(HIRED);
        assertThat(employees.history(bram.id(), salesOnly)).isEmpty();
        assertThat(employees.leftBetween(HIRED, PROMOTED, salesOnly)).isEmpty();
        assertThat(employees.leftBetween(HIRED, PROMOTED, units.reachOf(new Scope(Set.of(service.id()), Set.of()))))
                .extracting(snapshot -> snapshot.employee().pseudonym())
                .containsExactly("P-0000000B");
    }

    static EmployeeAttributes inUnit(OrgUnit unit, EmployeeAttributes attributes) {
        return new EmployeeAttributes(
                unit.id(),
                attributes.jobGroup(),
                attributes.managerId(),
                attributes.annualSalary(),
                attributes.fte(),
                attributes.contractHours());
    }

    EmployeeAttributes attributes(String jobGroup, String salary) {
        return new EmployeeAttributes(
                team.id(),
                jobGroup,
                Optional.empty(),
                Money.of(salary, "EUR"),
                new BigDecimal("0.8889"),
                new BigDecimal("32"));
    }

    static NewEmployee hire(String pseudonym, String number, LocalDate hired, EmployeeAttributes attributes) {
        return new NewEmployee(
                pseudonym, Optional.of(number), Optional.of(number + "@voorbeeld.nl"), hired, attributes);
    }
}
