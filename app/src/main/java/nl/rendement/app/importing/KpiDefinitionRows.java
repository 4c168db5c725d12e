package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.KpiFormats.AGGREGATION;
import static nl.rendement.app.importing.formats.KpiFormats.CODE;
import static nl.rendement.app.importing.formats.KpiFormats.DESCRIPTION;
import static nl.rendement.app.importing.formats.KpiFormats.DIRECTION;
import static nl.rendement.app.importing.formats.KpiFormats.NAME;
import static nl.rendement.app.importing.formats.KpiFormats.PERIOD;
import static nl.rendement.app.importing.formats.KpiFormats.THRESHOLD;
import static nl.rendement.app.importing.formats.KpiFormats.UNIT;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;

/**
 * Reads one row of a KPI definitions file into a definition, or into problems that say why it
 * cannot be one: texts longer than the store keeps, words that are no choice, a threshold share
 * outside 0 to 100% or on a KPI that is not a time to threshold, or missing on one that is.
 */
final class KpiDefinitionRows {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int THRESHOLD_DECIMALS = 6;

    private KpiDefinitionRows() {}

    /** The row's definition, or none when a problem keeps it out. */
    static Optional<KpiDefinition> read(Row row, ImportPlan plan) {
        String code = longest(row, CODE, 64, plan);
        String name = longest(row, NAME, 200, plan);
        String unit = longest(row, UNIT, 100, plan);
        Optional<String> description = row.text(DESCRIPTION);
        description.ifPresent(text -> longest(row, DESCRIPTION, 2000, plan));
        Optional<String> direction =
                Coded.read(plan, row, DIRECTION, KpiFormats.DIRECTIONS, "importing.kpiDefinitions.unknownDirection");
        Optional<String> aggregation = Coded.read(
                plan, row, AGGREGATION, KpiFormats.AGGREGATIONS, "importing.kpiDefinitions.unknownAggregation");
        Optional<String> period =
                Coded.read(plan, row, PERIOD, KpiFormats.PERIODS, "importing.kpiDefinitions.unknownPeriod");
        Optional<BigDecimal> threshold = row.decimal(THRESHOLD).map(BigDecimal::stripTrailingZeros);
        if (threshold.filter(KpiDefinitionRows::outOfRange).isPresent()) {
            plan.problem(
                    row,
                    THRESHOLD,
                    threshold.get().toPlainString(),
                    Optional.empty(),
                    "importing.kpiDefinitions.thresholdRange");
        }
        boolean timeToThreshold =
                aggregation.filter("time_to_threshold"::equals).isPresent();
        if (timeToThreshold && threshold.isEmpty()) {
            plan.problem(row, THRESHOLD, "", Optional.empty(), "importing.kpiDefinitions.thresholdMissing");
        }
        if (aggregation.isPresent() && !timeToThreshold && threshold.isPresent()) {
            plan.problem(
                    row,
                    THRESHOLD,
                    threshold.get().toPlainString(),
                    Optional.empty(),
                    "importing.kpiDefinitions.thresholdNotAllowed");
        }
        if (plan.hasProblem(row)) {
            return Optional.empty();
        }
        return Optional.of(new KpiDefinition(
                code,
                name,
                unit,
                Direction.valueOf(direction.get().toUpperCase(Locale.ROOT)),
                Aggregation.valueOf(aggregation.get().toUpperCase(Locale.ROOT)),
                PeriodLength.valueOf(period.get().toUpperCase(Locale.ROOT)),
                threshold,
                description));
    }

    /** The column's text, reported when longer than the database keeps. */
    private static String longest(Row row, Column column, int length, ImportPlan plan) {
        String text = row.text(column).orElseThrow();
        if (text.length() > length) {
            plan.problem(row, column, text, Optional.empty(), "importing.kpiDefinitions.tooLong", length);
        }
        return text;
    }

    private static boolean outOfRange(BigDecimal share) {
        return share.signum() < 0 || share.compareTo(HUNDRED) > 0 || share.scale() > THRESHOLD_DECIMALS;
    }
}
