package nl.rendement.app.evaluation;

import static nl.rendement.app.evaluation.TrailJson.aggregate;
import static nl.rendement.app.evaluation.TrailJson.array;
import static nl.rendement.app.evaluation.TrailJson.code;
import static nl.rendement.app.evaluation.TrailJson.decimal;
import static nl.rendement.app.evaluation.TrailJson.object;
import static nl.rendement.app.evaluation.TrailJson.optional;
import static nl.rendement.app.evaluation.TrailJson.reasons;
import static nl.rendement.app.evaluation.TrailJson.trail;

import nl.rendement.engine.measures.series.CohortStart;
import nl.rendement.engine.measures.series.CohortThreshold;
import nl.rendement.engine.measures.series.PeriodSeries;
import nl.rendement.engine.measures.series.PersonTime;
import nl.rendement.engine.measures.series.Series;
import nl.rendement.engine.measures.series.SeriesOutcome;
import nl.rendement.engine.measures.series.SeriesPoint;
import nl.rendement.engine.measures.series.ThresholdTimes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A measure's KPI series as JSON: per period the participants' KPI beside a comparison's (an
 * {@code UNADJUSTED} one marked {@code notAnEffect}), or the cohorts' times to threshold, or why
 * there is neither.
 */
final class SeriesJson {

    private SeriesJson() {}

    static JsonNode outcome(SeriesOutcome outcome) {
        ObjectNode node = object();
        if (outcome instanceof PeriodSeries periods) {
            node.put("kind", "periods").put("measure", periods.measureId());
            node.set("participants", series(periods.participants()));
            node.set("comparison", optional(periods.comparison(), SeriesJson::series));
            node.put("notAnEffect", periods.notAnEffect());
            node.set("cohortStarts", array(periods.cohortStarts(), SeriesJson::cohortStart));
        } else if (outcome instanceof ThresholdTimes times) {
            node.put("kind", "timeToThreshold").put("measure", times.measureId());
            node.set("threshold", decimal(times.threshold()));
            node.set("cohorts", array(times.cohorts(), SeriesJson::cohort));
        } else {
            node.put("kind", "none").put("measure", outcome.measureId());
        }
        node.set("reasons", reasons(outcome.reasons()));
        return node.set("trail", trail(outcome.trail()));
    }

    private static JsonNode series(Series series) {
        ObjectNode node = object().set("label", code(series.label()));
        node.put("notAnEffect", series.label().notAnEffect());
        node.put("people", series.people()).put("teams", series.teams());
        node.set("points", array(series.points(), SeriesJson::point));
        node.set("reasons", reasons(series.reasons()));
        return node.set("trail", trail(series.trail()));
    }

    private static JsonNode point(SeriesPoint point) {
        ObjectNode node = object().put("periodStart", point.periodStart().toString());
        node.setAll(aggregate(point.value(), TrailJson::decimal));
        node.set("numerator", decimal(point.numerator()));
        return node.set("denominator", decimal(point.denominator()));
    }

    private static JsonNode cohortStart(CohortStart start) {
        ObjectNode node = object().put("cohort", start.cohort())
                .put("firstStart", start.firstStart().toString());
        return node.put("periodStart", start.periodStart().toString()).put("participants", start.participants());
    }

    private static JsonNode cohort(CohortThreshold cohort) {
        ObjectNode node = object().put("cohort", cohort.cohort())
                .put("firstStart", cohort.firstStart().toString());
        node.put("people", cohort.people()).put("withoutData", cohort.withoutData());
        node.set("censored", aggregate(cohort.censored(), TrailJson::integer));
        node.set("medianMonths", optional(cohort.medianMonths(), median -> aggregate(median, TrailJson::decimal)));
        return node.set("persons", array(cohort.persons(), SeriesJson::person));
    }

    /** Person-level, pseudonymous: pages show it to analysts only. */
    private static JsonNode person(PersonTime time) {
        return object().put("person", time.person())
                .put("months", time.months())
                .put("reached", time.reached());
    }
}
