package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When a commit checks the foreign keys once for the table instead of once per added row, and when
 * it also builds the unique keys and indexes again instead of adding an entry per row.
 */
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

    @Test
    void aFirstLoadBuildsTheIndexesAgainAndALoadIntoALargerTableAddsToThem() {
        assertThat(ObservationStage.rebuilt(1_000_000, 400_000)).isTrue();
        assertThat(ObservationStage.rebuilt(400_000, 400_000)).isTrue();
        assertThat(ObservationStage.rebuilt(399_999, 400_000)).isFalse();
        assertThat(ObservationStage.rebuilt(1_000_000, 1_400_000)).isFalse();
        assertThat(ObservationStage.rebuilt(19_999, 0)).isFalse();
    }
}
