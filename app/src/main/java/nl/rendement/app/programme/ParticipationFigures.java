package nl.rendement.app.programme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.rendement.app.people.SmallGroups;

/**
 * The participation counts a page may show under the small-group rule of {@link SmallGroups}: no
 * count of 1 to k - 1 people, and no such group worked out by subtraction. A tally is split into
 * completed, dropped out and still open; as each part shown is 0 or at least k, so is any sum or
 * difference of them, which covers the complements (who did not complete).
 */
final class ParticipationFigures {

    private final SmallGroups rule;

    ParticipationFigures(int k) {
        this.rule = SmallGroups.of(k);
    }

    /** A programme on its own: its participants when at least k, its split when every part is. */
    ShownTally programme(Tally tally) {
        if (!rule.shows(tally.participants())) {
            return ShownTally.HIDDEN;
        }
        return fits(tally) ? ShownTally.all(tally) : ShownTally.onlyParticipants(tally);
    }

    /**
     * A part of a programme (the participants in some units) beside its whole: shown whole when
     * every count of the part and of the rest is 0 or at least k, so that neither can be worked
     * out small from the other and the whole; else only its participants when those of the part
     * and of the rest are; else hidden.
     */
    ShownTally part(Tally whole, Tally part) {
        Tally rest = new Tally(
                whole.participants() - part.participants(),
                whole.completed() - part.completed(),
                whole.dropped() - part.dropped());
        ShownTally split = cohorts(whole, List.of(part, rest)).get(0);
        if (split.participants().isPresent() || !rule.shows(whole.participants())) {
            return split;
        }
        return rule.shows(part.participants()) && rule.shows(rest.participants())
                ? ShownTally.onlyParticipants(part)
                : ShownTally.HIDDEN;
    }

    /**
     * The cohorts of a programme, each shown whole or hidden whole: a cohort with any part of 1
     * to k - 1 is hidden, and further cohorts while the hidden rest of the programme's total, or
     * of one of its parts, could be worked out and is small. Parts whose programme total is
     * itself small are hidden on the programme and need no protection from subtraction.
     */
    List<ShownTally> cohorts(Tally total, List<Tally> cohorts) {
        long[] totals = total.measures();
        int[] kept = IntStream.range(0, totals.length)
                .filter(measure -> rule.shows(totals[measure]))
                .toArray();
        Set<Integer> small = new HashSet<>();
        List<long[]> cells = new ArrayList<>();
        for (int i = 0; i < cohorts.size(); i++) {
            if (!fits(cohorts.get(i))) {
                small.add(i);
            }
            cells.add(only(cohorts.get(i).measures(), kept));
        }
        SmallGroups.Line line = rule.line(only(totals, kept), rule.shows(total.participants()), cells, small);
        return IntStream.range(0, cohorts.size())
                .mapToObj(i -> line.shows(i) ? ShownTally.all(cohorts.get(i)) : ShownTally.HIDDEN)
                .toList();
    }

    private boolean fits(Tally tally) {
        return rule.shows(tally.participants())
                && rule.shows(tally.completed())
                && rule.shows(tally.dropped())
                && rule.shows(tally.open());
    }

    private static long[] only(long[] measures, int[] kept) {
        return IntStream.of(kept).mapToLong(measure -> measures[measure]).toArray();
    }
}
