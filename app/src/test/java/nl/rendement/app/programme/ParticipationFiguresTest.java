package nl.rendement.app.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipationFiguresTest {

    private final ParticipationFigures figures = new ParticipationFigures(5);

    @Test
    void hidesAProgrammeOfFewerThanKParticipants() {
        assertThat(figures.programme(new Tally(4, 4, 0))).isEqualTo(ShownTally.HIDDEN);
    }

    @Test
    void showsOnlyTheParticipantsWhenThoseWhoDidNotCompleteAreFewerThanK() {
        ShownTally shown = figures.programme(new Tally(12, 9, 0));

        assertThat(shown.participants()).contains(12L);
        assertThat(shown.completed()).isEmpty();
        assertThat(shown.completionPercent()).isEmpty();
    }

    @Test
    void showsTheCompletionRateWhenEveryPartIsZeroOrAtLeastK() {
        ShownTally shown = figures.programme(new Tally(20, 10, 5));

        assertThat(shown.completionPercent())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("50"));
    }

    @Test
    void showsTheUnitsPartOfAProgrammeOnlyWhenTheRestOutsideThemCannotBeWorkedOutSmall() {
        Tally whole = new Tally(20, 10, 5);

        assertThat(figures.part(whole, new Tally(10, 5, 0))).isEqualTo(ShownTally.all(new Tally(10, 5, 0)));
        assertThat(figures.part(whole, new Tally(17, 10, 5)))
                .as("3 participants outside the units would follow from 20 - 17")
                .isEqualTo(ShownTally.HIDDEN);
        assertThat(figures.part(whole, new Tally(3, 0, 0))).as("a small part").isEqualTo(ShownTally.HIDDEN);
        assertThat(figures.part(whole, new Tally(12, 8, 0)))
                .as("2 completers outside the units would follow from 10 - 8: participants only")
                .isEqualTo(ShownTally.onlyParticipants(new Tally(12, 8, 0)));
        assertThat(figures.part(new Tally(4, 4, 0), new Tally(4, 4, 0)))
                .as("a hidden whole")
                .isEqualTo(ShownTally.HIDDEN);
        assertThat(figures.part(whole, whole)).isEqualTo(ShownTally.all(whole));
    }

    @Test
    void hidesASecondCohortWhenTheSmallOneCouldOtherwiseBeWorkedOutFromTheTotal() {
        Tally big = new Tally(12, 6, 0);
        Tally middle = new Tally(5, 5, 0);
        Tally small = new Tally(3, 3, 0);

        List<ShownTally> shown = figures.cohorts(big.plus(middle).plus(small), List.of(big, middle, small));

        assertThat(shown).containsExactly(ShownTally.all(big), ShownTally.HIDDEN, ShownTally.HIDDEN);
    }

    @Test
    void showsEveryCohortWhenNoneIsSmall() {
        Tally first = new Tally(10, 5, 0);
        Tally second = new Tally(6, 6, 0);

        assertThat(figures.cohorts(first.plus(second), List.of(first, second)))
                .containsExactly(ShownTally.all(first), ShownTally.all(second));
    }

    @Test
    void hidesACohortWhoseDropoutsAreFewerThanKThoughItsTotalIsLarge() {
        Tally dropouts = new Tally(10, 6, 2);
        Tally other = new Tally(20, 10, 5);
        Tally third = new Tally(8, 8, 0);

        List<ShownTally> shown = figures.cohorts(dropouts.plus(other).plus(third), List.of(dropouts, other, third));

        assertThat(shown.get(0)).isEqualTo(ShownTally.HIDDEN);
        assertThat(shown.get(0).participants()).isEqualTo(Optional.empty());
    }
}
