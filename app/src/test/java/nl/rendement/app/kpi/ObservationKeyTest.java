package nl.rendement.app.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservationKeyTest {

    @Test
    void equalKeysHaveEqualHashes() {
        ObservationKey one = new ObservationKey(3, ObservationKey.Subject.team(12), LocalDate.of(2024, 2, 29));
        ObservationKey same = new ObservationKey(3, ObservationKey.Subject.team(12), LocalDate.of(2024, 2, 29));

        assertThat(same).isEqualTo(one);
        assertThat(same.hashCode()).isEqualTo(one.hashCode());
        assertThat(new ObservationKey(3, ObservationKey.Subject.person(12), LocalDate.of(2024, 2, 29)))
                .isNotEqualTo(one);
    }

    /**
     * A large import's keys: a few dozen teams over many days (as the import benchmark's file). The
     * record's own hash gave them about one hash value per ten keys; mixed, nearly every key has its own.
     */
    @Test
    void teamsOverDaysSpreadOverDistinctHashes() {
        Set<Integer> hashes = new HashSet<>();
        int keys = 0;
        for (long team = 1; team <= 49; team++) {
            for (LocalDate day = LocalDate.of(1990, 1, 1);
                    day.isBefore(LocalDate.of(2004, 1, 1));
                    day = day.plusDays(1)) {
                hashes.add(new ObservationKey(7, ObservationKey.Subject.team(team), day).hashCode());
                keys++;
            }
        }

        assertThat(hashes.size()).isGreaterThan(keys * 99 / 100);
    }
}
