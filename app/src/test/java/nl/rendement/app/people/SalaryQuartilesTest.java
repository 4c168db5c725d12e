package nl.rendement.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SalaryQuartilesTest {

    @Test
    void interpolatesAsRsDefaultQuantileDoes() {
        // R 4.3: quantile(1:10, c(.25, .5, .75)) gives 3.25, 5.5, 7.75 (type 7).
        List<BigDecimal> oneToTen = Stream.of(7, 1, 10, 2, 9, 3, 8, 4, 6, 5)
                .map(BigDecimal::valueOf)
                .toList();

        SalaryQuartiles quartiles = SalaryQuartiles.of(oneToTen);

        assertThat(quartiles.lower()).isEqualByComparingTo("3.25");
        assertThat(quartiles.median()).isEqualByComparingTo("5.5");
        assertThat(quartiles.upper()).isEqualByComparingTo("7.75");
    }

    @Test
    void takesTheMiddleSalaryOfAnOddNumberAndRoundsToThousands() {
        // R: quantile(c(30100, 41600, 45400, 52000, 68900), c(.25, .5, .75)) gives 41600, 45400, 52000.
        SalaryQuartiles quartiles = SalaryQuartiles.of(Stream.of("52000", "30100", "45400", "68900", "41600")
                        .map(BigDecimal::new)
                        .toList())
                .roundedTo(new BigDecimal("1000"));

        assertThat(quartiles)
                .isEqualTo(
                        new SalaryQuartiles(new BigDecimal("42000"), new BigDecimal("45000"), new BigDecimal("52000")));
    }

    @Test
    void needsAtLeastOneSalary() {
        assertThatThrownBy(() -> SalaryQuartiles.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
