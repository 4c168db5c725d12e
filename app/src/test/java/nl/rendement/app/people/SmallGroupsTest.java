package nl.rendement.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallGroupsTest {

    private final SmallGroups rule = SmallGroups.of(5);

    @Test
    void showsCellsOfAtLeastKWhoseComplementsAreAtLeastK() {
        SmallGroups.Line line = rule.line(30, List.of(10L, 12L, 8L));

        assertThat(line.totalShown()).isTrue();
        assertThat(line.shown()).containsExactly(true, true, true);
    }

    @Test
    void hidesTheNextSmallestCellSoThatASmallCellCannotBeWorkedOutFromTheTotal() {
        // Sales 23 = North 3 + South 8 + East 12. Hiding only North would leak it: 23 - 8 - 12 = 3.
        SmallGroups.Line line = rule.line(23, List.of(3L, 8L, 12L));

        assertThat(line.shown()).containsExactly(false, false, true);
    }

    @Test
    void hidesABigCellWhoseComplementIsSmall() {
        // 12 = 10 + 2: showing 10 beside the total tells that the other group has 2.
        SmallGroups.Line line = rule.line(12, List.of(10L, 2L));

        assertThat(line.totalShown()).isTrue();
        assertThat(line.shown()).containsExactly(false, false);
    }

    @Test
    void leavesTwoSmallCellsHiddenWhenTogetherTheyHoldAtLeastK() {
        SmallGroups.Line line = rule.line(27, List.of(3L, 4L, 20L));

        assertThat(line.shown()).containsExactly(false, false, true);
    }

    @Test
    void countsPeopleInNoCellAsPartOfTheRemainder() {
        // A department of 20: teams of 8 and 9, and 3 people directly in the department.
        SmallGroups.Line line = rule.line(20, List.of(8L, 9L));

        assertThat(line.shown()).containsExactly(false, true);
    }

    @Test
    void showsAllTeamsWhenTheDepartmentsOwnStaffAreAtLeastK() {
        SmallGroups.Line line = rule.line(23, List.of(8L, 9L));

        assertThat(line.shown()).containsExactly(true, true);
    }

    @Test
    void showsZerosAndNeverHidesAZeroAsTheSecondCell() {
        // Hiding the empty team would hide nobody; the 5 is hidden instead.
        SmallGroups.Line line = rule.line(9, List.of(0L, 4L, 5L));

        assertThat(line.shown()).containsExactly(true, false, false);
    }

    @Test
    void hidesATotalBelowKWithAllItsCellsButShowsAnEmptyTotal() {
        assertThat(rule.line(4, List.of(4L, 0L))).isEqualTo(new SmallGroups.Line(false, List.of(false, false)));
        assertThat(rule.line(0, List.of(0L, 0L))).isEqualTo(new SmallGroups.Line(true, List.of(true, true)));
    }

    @Test
    void hidesTheWholeLineWhenItsTotalIsHiddenElsewhere() {
        SmallGroups.Line line = rule.line(new long[] {40}, false, cells(20, 20), Set.of());

        assertThat(line.totalShown()).isFalse();
        assertThat(line.shown()).containsExactly(false, false);
    }

    @Test
    void protectsACellHiddenForAnotherReasonLikeASmallOne() {
        // The 6 is hidden because of another line it is in; alone it would be recovered from 31.
        SmallGroups.Line line = rule.line(new long[] {31}, true, cells(6, 10, 15), Set.of(0));

        assertThat(line.shown()).containsExactly(false, false, true);
    }

    @Test
    void checksEveryCountOfACellAndEveryRemainder() {
        // Leavers per team as {voluntary, other}. The first team's 2 other leavers hide it; its 5
        // voluntary leavers could then be worked out from the 16, so the last team goes too.
        List<long[]> leavers = List.of(new long[] {5, 2}, new long[] {6, 0}, new long[] {5, 5});
        SmallGroups.Line line = rule.line(new long[] {16, 7}, true, leavers, Set.of());

        assertThat(line.shown()).containsExactly(false, true, false);
    }

    @Test
    void neverLeavesACellOrARemainderOfOneToKMinusOneNorOneHiddenCellAlone() {
        Random random = new Random(20250611L);
        for (int run = 0; run < 2_000; run++) {
            List<Long> counts = new ArrayList<>();
            int cells = 1 + random.nextInt(6);
            for (int cell = 0; cell < cells; cell++) {
                counts.add((long) random.nextInt(random.nextBoolean() ? 6 : 25));
            }
            long total = counts.stream().mapToLong(Long::longValue).sum() + random.nextInt(4);

            SmallGroups.Line line = rule.line(total, counts);

            long shownSum = 0;
            boolean someoneInNoCell =
                    total > counts.stream().mapToLong(Long::longValue).sum();
            long hiddenCells = 0;
            for (int i = 0; i < counts.size(); i++) {
                hiddenCells += !line.shows(i) && counts.get(i) > 0 ? 1 : 0;
                if (line.shows(i)) {
                    assertThat(rule.shows(counts.get(i)))
                            .as("cell %s of %s", i, counts)
                            .isTrue();
                    assertThat(rule.shows(total - counts.get(i)))
                            .as("complement of %s", counts.get(i))
                            .isTrue();
                    shownSum += counts.get(i);
                }
            }
            assertThat(line.totalShown()).isEqualTo(rule.shows(total));
            assertThat(!line.totalShown() || rule.shows(total - shownSum))
                    .as("remainder of %s in %s", total, counts)
                    .isTrue();
            assertThat(!line.totalShown() || hiddenCells != 1 || someoneInNoCell)
                    .as("one hidden cell alone in %s of %s", counts, total)
                    .isTrue();
        }
    }

    @Test
    void refusesCellsHoldingMoreThanTheTotalNegativeCountsAndATooSmallK() {
        assertThatThrownBy(() -> rule.line(10, List.of(6L, 6L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.line(10, List.of(-1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmallGroups.of(1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<long[]> cells(long... counts) {
        List<long[]> cells = new ArrayList<>();
        for (long count : counts) {
            cells.add(new long[] {count});
        }
        return cells;
    }
}
