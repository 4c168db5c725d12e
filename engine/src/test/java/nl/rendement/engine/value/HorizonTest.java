package nl.rendement.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HorizonTest {

    @Test
    void isOneYearUnlessAnotherIsJustified() {
        assertThat(Horizon.ONE_YEAR.years()).isEqualByComparingTo("1");
        assertThat(Horizon.months(6, "Pilot of half a year").years()).isEqualByComparingTo("0.5");
        assertThat(Horizon.months(24, "Skills used for two years").longerThanAYear())
                .isTrue();
        assertThatThrownBy(() -> new Horizon(24, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Horizon(24, Optional.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentagesAreExactFractions() {
        assertThat(Percentage.of(60).fraction()).isEqualByComparingTo("0.6");
        assertThat(Percentage.of("12.5").fraction()).isEqualByComparingTo("0.125");
        assertThat(Percentage.of(101).isShare()).isFalse();
        assertThat(Percentage.of("60.0")).isEqualTo(Percentage.of(60));
    }
}
