package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;

/** The trail steps of a KPI series; codes listed in docs/method-trail.md. */
final class SeriesSteps {

    private SeriesSteps() {}

    static Step measure(ImpactMeasure measure, int k) {
        return Step.of(
                "series.measure",
                "measure",
                measure.id(),
                "unit",
                measure.unit(),
                "aggregation",
                measure.aggregation().name(),
                "period",
                measure.period().name(),
                "k",
                k);
    }

    static Step participants(SubjectGroup group) {
        return Step.of(
                "series.participants",
                "people",
                group.people().size(),
                "teams",
                group.teams().size());
    }

    static Step controlGroup(String description, SubjectGroup group) {
        return Step.of(
                "series.comparison.controlGroup",
                "description",
                description,
                "people",
                group.people().size(),
                "teams",
                group.teams().size());
    }

    static Step unadjusted(SubjectGroup group) {
        return Step.of(
                "series.comparison.unadjusted",
                "people",
                group.people().size(),
                "teams",
                group.teams().size(),
                "notAnEffect",
                true);
    }

    static Step overlap(SubjectGroup both) {
        return Step.of(
                "series.comparison.overlap",
                "people",
                both.people().size(),
                "teams",
                both.teams().size());
    }

    static Reason noComparison(ImpactMeasure measure) {
        return Reason.of("series.noComparison", "measure", measure.id());
    }

    static Step ignored(long observations, long subjects) {
        return Step.of("series.ignored", "observations", observations, "subjects", subjects);
    }

    static Step cohortStart(CohortStart start) {
        return Step.of(
                "series.cohortStart",
                "cohort",
                start.cohort(),
                "firstStart",
                start.firstStart(),
                "periodStart",
                start.periodStart(),
                "participants",
                start.participants());
    }

    static Step point(SeriesLabel label, SeriesPoint point) {
        return Step.of(
                "series.point",
                "series",
                label.name(),
                "periodStart",
                point.periodStart(),
                "numerator",
                point.numerator(),
                "denominator",
                point.denominator(),
                "value",
                point.value().value(),
                "n",
                point.n(),
                "mark",
                point.value().mark().name());
    }

    static Reason undefinedPoint(SeriesLabel label, LocalDate periodStart, int n, BigDecimal numerator) {
        return Reason.of(
                "series.point.undefined",
                "series",
                label.name(),
                "periodStart",
                periodStart,
                "n",
                n,
                "numerator",
                numerator);
    }
}
