package nl.rendement.app.people;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The small-group rule with threshold k: which counts of a table line may be shown so that no
 * figure rests on fewer than k people and no hidden group of fewer than k can be worked out by
 * subtraction.
 *
 * <p>A line divides a shown total into cells (units of a department, job groups of the
 * organisation); people in no cell are allowed (a department's own staff beside its teams). A
 * cell may carry several counts (voluntary and other leavers); each is checked on its own.
 *
 * <ol>
 *   <li>A total of 1 to k - 1 is hidden, and so is every cell of a hidden total.
 *   <li>Primary: a cell with a count of 1 to k - 1 is hidden.
 *   <li>Secondary: anyone can compute the hidden remainder, the total minus the shown cells. While
 *       it is 1 to k - 1, or while it is all in one hidden cell (which could then be worked out),
 *       the smallest shown non-zero cell is hidden too. Then every shown cell's complement
 *       (total minus the cell) is 0 or at least k, and no hidden cell can be worked out alone.
 *   <li>A 0 counts nobody and is shown; it is never chosen as a secondary cell, because hiding it
 *       would hide nobody. A complement of 0 (the cell is the whole total) tells nothing the total
 *       does not.
 * </ol>
 *
 * <p>Figures that are not counts (FTE, mean tenure, salary quartiles, turnover rates) inherit the
 * decision of the count of people they rest on. Every hidden cell shows the same marker, whether
 * hidden for being small or as a secondary cell: different markers would tell which hidden cells
 * hold at least k, which can narrow the others down to one value.
 */
public final class SmallGroups {

    private final int k;

    private SmallGroups(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2: " + k);
        }
        this.k = k;
    }

    public static SmallGroups of(int k) {
        return new SmallGroups(k);
    }

    public int k() {
        return k;
    }

    /** Whether a count may be shown on its own: 0 or at least k. */
    public boolean shows(long count) {
        return count == 0 || count >= k;
    }

    /** Decides a line with one count per cell and a total that is shown when it may be. */
    public Line line(long total, List<Long> counts) {
        return line(
                new long[] {total},
                true,
                counts.stream().map(count -> new long[] {count}).toList(),
                Set.of());
    }

    /**
     * Decides a line whose cells carry one or more counts each.
     *
     * @param total the counts of everyone the line divides
     * @param totalShown false when the total is hidden elsewhere; then the whole line is hidden
     * @param cells each cell's counts, as many as the total has
     * @param hidden indexes of cells already hidden for another reason
     */
    public Line line(long[] total, boolean totalShown, List<long[]> cells, Set<Integer> hidden) {
        check(total, cells);
        if (!totalShown || !Arrays.stream(total).allMatch(this::shows)) {
            return new Line(false, cells.stream().map(cell -> false).toList());
        }
        Set<Integer> hiding = new HashSet<>(hidden);
        IntStream.range(0, cells.size())
                .filter(i -> !Arrays.stream(cells.get(i)).allMatch(this::shows))
                .forEach(hiding::add);
        boolean settled;
        do {
            settled = true;
            for (int measure = 0; measure < total.length; measure++) {
                while (!protects(total, cells, hiding, measure)) {
                    OptionalInt next = smallestShown(cells, hiding, measure);
                    if (next.isEmpty()) {
                        break; // the one hidden cell is the whole total, which is shown anyway
                    }
                    hiding.add(next.getAsInt());
                    settled = false;
                }
            }
        } while (!settled);
        return new Line(
                true,
                IntStream.range(0, cells.size())
                        .mapToObj(i -> !hiding.contains(i))
                        .toList());
    }

    /**
     * Whether the hidden people of a measure are none or at least k, and no hidden cell could be
     * worked out alone. People in no cell are part of the remainder, so one hidden cell beside
     * them is safe.
     */
    private boolean protects(long[] total, List<long[]> cells, Set<Integer> hiding, int measure) {
        long hidden = total[measure];
        long inNoCell = total[measure];
        int hiddenCells = 0;
        for (int i = 0; i < cells.size(); i++) {
            long count = cells.get(i)[measure];
            inNoCell -= count;
            if (hiding.contains(i)) {
                hiddenCells += count > 0 ? 1 : 0;
            } else {
                hidden -= count;
            }
        }
        boolean workedOutAlone = hiddenCells == 1 && inNoCell == 0;
        return shows(hidden) && !workedOutAlone;
    }

    /** The shown cell with the fewest people in this measure, leaving out zeros. */
    private static OptionalInt smallestShown(List<long[]> cells, Set<Integer> hiding, int measure) {
        return IntStream.range(0, cells.size())
                .filter(i -> !hiding.contains(i) && cells.get(i)[measure] > 0)
                .boxed()
                .min((a, b) -> Long.compare(cells.get(a)[measure], cells.get(b)[measure]))
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    private static void check(long[] total, List<long[]> cells) {
        Objects.requireNonNull(total, "total");
        long[] sums = new long[total.length];
        for (long[] cell : cells) {
            if (cell.length != total.length) {
                throw new IllegalArgumentException("Every cell needs " + total.length + " counts");
            }
            for (int m = 0; m < total.length; m++) {
                if (cell[m] < 0) {
                    throw new IllegalArgumentException("A count cannot be negative: " + cell[m]);
                }
                sums[m] += cell[m];
            }
        }
        for (int m = 0; m < total.length; m++) {
            if (sums[m] > total[m]) {
                throw new IllegalArgumentException("The cells hold more than the total: " + sums[m] + " > " + total[m]);
            }
        }
    }

    /** Whether the total and each cell of a line may be shown. */
    public record Line(boolean totalShown, List<Boolean> shown) {

        public Line {
            shown = List.copyOf(shown);
        }

        public boolean shows(int cell) {
            return shown.get(cell);
        }
    }
}
