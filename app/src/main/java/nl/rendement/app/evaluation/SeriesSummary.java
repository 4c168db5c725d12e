package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.rendement.engine.measures.series.CohortStart;
import nl.rendement.engine.measures.series.CohortThreshold;
import nl.rendement.engine.measures.series.NoSeries;
import nl.rendement.engine.measures.series.PeriodSeries;
import nl.rendement.engine.measures.series.Series;
import nl.rendement.engine.measures.series.SeriesOutcome;
import nl.rendement.engine.measures.series.SeriesPoint;
import nl.rendement.engine.measures.series.ThresholdTimes;
import nl.rendement.engine.value.Aggregate;

/**
 * The KPI series of the {@code evaluate} summary: per observed measure, each group's first and
 * last period, the cohorts' starts, or the time to threshold per cohort. An unadjusted comparison
 * says it is not an effect.
 */
final class SeriesSummary {

    private final SummaryText say;
    private final Map<String, String> names;

    /** @param names each measure's name as the summary shows it, by id */
    SeriesSummary(SummaryText say, Map<String, String> names) {
        this.say = say;
        this.names = names;
    }

    void print(Map<String, SeriesOutcome> series) {
        if (series.isEmpty()) {
            return;
        }
        say.line("evaluate.series");
        series.values().forEach(this::outcome);
    }

    private void outcome(SeriesOutcome outcome) {
        String name = names.getOrDefault(outcome.measureId(), outcome.measureId());
        if (outcome instanceof PeriodSeries periods) {
            say.line("evaluate.series.measure", name);
            group(periods.participants());
            periods.comparison().ifPresent(this::group);
            if (!periods.cohortStarts().isEmpty()) {
                say.line("evaluate.series.starts", starts(periods.cohortStarts()));
            }
        } else if (outcome instanceof ThresholdTimes times) {
            say.line("evaluate.series.threshold", name, say.number(times.threshold(), 2));
            times.cohorts().forEach(this::cohort);
        } else {
            say.line("evaluate.series.none", name, say.reasons(outcome.reasons()));
        }
        if (!(outcome instanceof NoSeries) && !outcome.reasons().isEmpty()) {
            say.line("evaluate.series.reasons", say.reasons(outcome.reasons()));
        }
    }

    private void group(Series series) {
        String label = say.text("evaluate.series.label." + series.label().name().toLowerCase(Locale.ROOT));
        List<SeriesPoint> points = series.points();
        if (points.isEmpty()) {
            say.line("evaluate.series.empty", label);
            return;
        }
        SeriesPoint first = points.get(0);
        SeriesPoint last = points.get(points.size() - 1);
        say.line(
                "evaluate.series.group",
                label,
                series.people() + series.teams(),
                point(first),
                first.periodStart().toString(),
                point(last),
                last.periodStart().toString(),
                points.size());
    }

    private String point(SeriesPoint point) {
        return value(point.value());
    }

    private void cohort(CohortThreshold cohort) {
        say.line(
                "evaluate.series.cohort",
                cohort.cohort(),
                cohort.medianMonths().map(this::value).orElseGet(() -> say.text("evaluate.series.noMedian")),
                cohort.people(),
                cohort.censored().value());
    }

    private String value(Aggregate<BigDecimal> value) {
        String shown = say.number(value.value(), 2);
        return value.marked() ? shown + say.text("evaluate.series.small", value.n()) : shown;
    }

    private String starts(List<CohortStart> starts) {
        return starts.stream()
                .map(start -> start.cohort() + " " + start.firstStart())
                .collect(Collectors.joining(", "));
    }
}
