package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.rendement.app.importing.Conventions.DateOrder;
import org.junit.jupiter.api.Test;

/** The shapes a date may take; {@code yyyy-mm-dd} is read without a pattern, every other shape with one. */
class DatesTest {

    @Test
    void readsYearFirstDatesWhateverTheOrder() {
        assertThat(Dates.parse("2024-02-29", DateOrder.DAY_MONTH)).contains(LocalDate.of(2024, 2, 29));
        assertThat(Dates.parse(" 2024-02-29\t", DateOrder.MONTH_DAY)).contains(LocalDate.of(2024, 2, 29));
        assertThat(Dates.parse("2024-2-3", DateOrder.DAY_MONTH)).contains(LocalDate.of(2024, 2, 3));
        assertThat(Dates.parse("2024/02/03", DateOrder.DAY_MONTH)).contains(LocalDate.of(2024, 2, 3));
    }

    @Test
    void refusesDaysThatDoNotExistAndOtherShapes() {
        assertThat(Dates.parse("2023-02-29", DateOrder.DAY_MONTH)).isEmpty();
        assertThat(Dates.parse("2024-13-01", DateOrder.DAY_MONTH)).isEmpty();
        assertThat(Dates.parse("2024-02/03", DateOrder.DAY_MONTH)).isEmpty();
        assertThat(Dates.parse("2024-0a-03", DateOrder.DAY_MONTH)).isEmpty();
        assertThat(Dates.parse("２０２４-02-03", DateOrder.DAY_MONTH)).isEmpty();
        assertThat(Dates.parse("20240203", DateOrder.DAY_MONTH)).isEmpty();
    }

    @Test
    void readsYearLastDatesInTheDecidedOrder() {
        assertThat(Dates.parse("03-04-2025", DateOrder.DAY_MONTH)).contains(LocalDate.of(2025, 4, 3));
        assertThat(Dates.parse("03-04-2025", DateOrder.MONTH_DAY)).contains(LocalDate.of(2025, 3, 4));
        assertThat(Dates.parse("3/4/2025", DateOrder.DAY_MONTH)).contains(LocalDate.of(2025, 4, 3));
    }

    @Test
    void leadingPairIsOnlyForYearLastDates() {
        assertThat(Dates.leadingPair("2025-04-03")).isEmpty();
        assertThat(Dates.leadingPair("13-04-2025"))
                .hasValueSatisfying(pair -> assertThat(pair).containsExactly(13, 4));
        assertThat(Dates.leadingPair(" 3/14/2025 "))
                .hasValueSatisfying(pair -> assertThat(pair).containsExactly(3, 14));
        assertThat(Dates.leadingPair("3-14/2025")).isEmpty();
    }
}
