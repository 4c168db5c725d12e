package nl.rendement.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.Test;

class EmployeeAttributesTest {

    @Test
    void comparesNumbersByValueAtTheStoredScale() {
        assertThat(attributes("1", "32", "40000")).isEqualTo(attributes("1.0000", "32.00", "40000.00"));
        assertThat(attributes("1", "40", "40000").contractHours().toPlainString())
                .isEqualTo("40.00");
    }

    @Test
    void refusesImpossibleValues() {
        assertThatThrownBy(() -> attributes("0", "32", "40000")).hasMessageContaining("FTE");
        assertThatThrownBy(() -> attributes("1.6", "32", "40000")).hasMessageContaining("FTE");
        assertThatThrownBy(() -> attributes("0.88889", "32", "40000")).hasMessageContaining("decimals");
        assertThatThrownBy(() -> attributes("1", "81", "40000")).hasMessageContaining("Contract hours");
        assertThatThrownBy(() -> attributes("1", "32", "-1")).hasMessageContaining("salary");
        assertThatThrownBy(() -> new EmployeeAttributes(
                        1, " ", Optional.empty(), Money.of("1", "EUR"), BigDecimal.ONE, BigDecimal.TEN))
                .hasMessageContaining("job group");
    }

    @Test
    void anEmployeeWorksFromTheHireDateToTheLastDayIncluded() {
        Employee employee = new Employee(
                1,
                "P-0000000A",
                Optional.empty(),
                Optional.empty(),
                LocalDate.of(2024, 1, 1),
                Optional.of(new Employee.Exit(LocalDate.of(2024, 6, 30), ExitReason.VOLUNTARY)));

        assertThat(employee.employedOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(employee.employedOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(employee.employedOn(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(employee.employedOn(LocalDate.of(2024, 7, 1))).isFalse();
        assertThatThrownBy(() -> new Employee(
                        1,
                        "P-0000000A",
                        Optional.empty(),
                        Optional.empty(),
                        LocalDate.of(2024, 1, 1),
                        Optional.of(new Employee.Exit(LocalDate.of(2023, 6, 30), ExitReason.OTHER))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pseudonymsCarryNothingButRandomness() {
        java.util.Random seeded = new java.util.Random(7);
        String first = Pseudonyms.next(seeded);

        assertThat(first).matches("P-[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(Pseudonyms.next(new java.util.Random(7))).isEqualTo(first);
        assertThatThrownBy(() -> new NewEmployee(
                        "anna.jansen",
                        Optional.empty(),
                        Optional.empty(),
                        LocalDate.of(2024, 1, 1),
                        attributes("1", "32", "40000")))
                .hasMessageContaining("pseudonym");
    }

    private static EmployeeAttributes attributes(String fte, String hours, String salary) {
        return new EmployeeAttributes(
                1, "B", Optional.empty(), Money.of(salary, "EUR"), new BigDecimal(fte), new BigDecimal(hours));
    }
}
