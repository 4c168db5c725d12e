package nl.rendement.app.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.rendement.app.evaluation.run.RunData.Observed;
import nl.rendement.app.evaluation.run.RunData.PersonSeries;
import org.junit.jupiter.api.Test;

/** The reference of a time-to-threshold measure a run writes: the tenured people's median. */
class TenuredReferenceTest {

    @Test
    void takesTheMedianOfTheMonthsPeopleHadTwelveMonthsTenure() {
        // A hired 2024-01-15: tenured from 2025-01 on, so 2024-12 is left out.
        PersonSeries a = person(
                "A",
                LocalDate.of(2024, 1, 15),
                Map.of(YearMonth.of(2024, 12), 10, YearMonth.of(2025, 1), 100, YearMonth.of(2025, 2), 120));
        // B hired 2020: every month counts. C hired 2025: none does.
        PersonSeries b =
                person("B", LocalDate.of(2020, 6, 1), Map.of(YearMonth.of(2025, 1), 90, YearMonth.of(2025, 3), 130));
        PersonSeries c = person("C", LocalDate.of(2025, 1, 1), Map.of(YearMonth.of(2025, 3), 5));

        // R: median(c(100, 120, 90, 130)) = 110
        assertThat(BundleBuilder.tenuredMedian(List.of(a, b, c))).hasValueSatisfying(median -> {
            assertThat(median.get("value")).isEqualTo(new BigDecimal("110"));
            assertThat(median.get("basis"))
                    .isEqualTo("Median of 4 monthly observations of people employed 12 months or more,"
                            + " 2025-01 to 2025-03 (stored KPI data)");
        });
    }

    @Test
    void hasNoneWhenNobodyWasTenured() {
        PersonSeries c = person("C", LocalDate.of(2025, 1, 1), Map.of(YearMonth.of(2025, 3), 5));

        assertThat(BundleBuilder.tenuredMedian(List.of(c))).isEmpty();
    }

    private static PersonSeries person(String pseudonym, LocalDate hired, Map<YearMonth, Integer> values) {
        Map<YearMonth, Observed> months = new TreeMap<>();
        values.forEach((month, value) -> months.put(month, new Observed(BigDecimal.valueOf(value), BigDecimal.ONE)));
        return new PersonSeries(pseudonym, hired, months);
    }
}
