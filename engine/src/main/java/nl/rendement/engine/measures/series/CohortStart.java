package nl.rendement.engine.measures.series;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.rendement.engine.Participant;
import nl.rendement.engine.measures.PeriodLength;

/**
 * A cohort's start as a mark on a KPI series: the cohort's name, the earliest start among its
 * participants, the start of the period that contains it, and the participants in the cohort.
 */
public record CohortStart(String cohort, LocalDate firstStart, LocalDate periodStart, int participants) {

    public CohortStart {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(firstStart, "firstStart");
        Objects.requireNonNull(periodStart, "periodStart");
    }

    /** The cohorts of these participants, by first start, then name. */
    static List<CohortStart> of(List<Participant> participants, PeriodLength period) {
        Map<String, List<Participant>> byCohort = participants.stream()
                .collect(Collectors.groupingBy(Participant::cohort, TreeMap::new, Collectors.toList()));
        return byCohort.entrySet().stream()
                .map(cohort -> {
                    LocalDate first = cohort.getValue().stream()
                            .map(Participant::start)
                            .min(Comparator.naturalOrder())
                            .orElseThrow();
                    return new CohortStart(
                            cohort.getKey(),
                            first,
                            Periods.start(period, first),
                            cohort.getValue().size());
                })
                .sorted(Comparator.comparing(CohortStart::firstStart).thenComparing(CohortStart::cohort))
                .toList();
    }
}
