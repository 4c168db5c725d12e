package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a commit checks the foreign keys once for the table instead of once per added row. */
class ObservationStageTest {

    @Test
    void fewAddsAreCheckedPerRow() {
        assertThat(ObservationStage.checkedWhole(19_999, 0)).isFalse();
        assertThat(ObservationStage.checkedWhole(20_000, 0)).isTrue();
    }

    @Test
    void manyAddsIntoATableManyTimesLargerAreCheckedPerRow() {
        assertThat(ObservationStage.checkedWhole(20_000, 800_000)).isTrue();
        assertThat(ObservationStage.checkedWhole(20_000, 800_001)).isFalse();
        assertThat(ObservationStage.checkedWhole(1_000_000, 1_400_000)).isTrue();
        assertThat(ObservationStage.checkedWhole(100_000, 50_000_000)).isFalse();
    }
}
