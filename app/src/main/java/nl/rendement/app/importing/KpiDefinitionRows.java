package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.KpiFormats.AGGREGATION;
import static nl.rendement.app.importing.formats.KpiFormats.CODE;
import static nl.rendement.app.importing.formats.KpiFormats.DESCRIPTION;
import static nl.rendement.app.importing.formats.KpiFormats.DIRECTION;
import static nl.rendement.app.importing.formats.KpiFormats.NAME;
import static nl.rendement.app.importing.formats.KpiFormats.PERIOD;
import static nl.rendement.app.importing.formats.KpiFormats.PROGRAMME_TYPES;
import static nl.rendement.app.importing.formats.KpiFormats.THRESHOLD;
import static nl.rendement.app.importing.formats.KpiFormats.UNIT;
import static nl.rendement.app.importing.formats.KpiFormats.VALUE_CURRENCY;
import static nl.rendement.app.importing.formats.KpiFormats.VALUE_EVIDENCE;
import static nl.rendement.app.importing.formats.KpiFormats.VALUE_PER_UNIT;
import static nl.rendement.app.importing.formats.KpiFormats.VALUE_SOURCE;
import static nl.rendement.app.importing.formats.KpiFormats.VALUE_TECHNIQUE;
import static nl.rendement.app.importing.formats.KpiFormats.VALUE_YEAR;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.importing.formats.ProgrammeFormats;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.Money;

/**
 * Reads one row of a KPI definitions file into a definition, or into problems that say why it
 * cannot be one: texts longer than the store keeps, words that are no choice, a threshold share
 * outside 0 to 100% or on a KPI that is not a time to threshold, or missing on one that is; for
 * the library, a programme type that is none, or a default value without its technique, source and
 * year (or those without a value), negative, in no currency or of an impossible year.
 */
final class KpiDefinitionRows {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int THRESHOLD_DECIMALS = 6;
    private static final List<Column> VALUE_PARTS = List.of(VALUE_TECHNIQUE, VALUE_SOURCE, VALUE_YEAR);

    private KpiDefinitionRows() {}

    /** The row's definition, or none when a problem keeps it out; a value in no currency is in {@code reporting}. */
    static Optional<KpiDefinition> read(Row row, ImportPlan plan, Currency reporting) {
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
        Set<ProgrammeType> types = programmeTypes(row, plan);
        Optional<ConversionValue> conversion = conversion(row, plan, reporting);
        if (plan.hasProblem(row)) {
            return Optional.empty();
        }
        return Optional.of(new KpiDefinition(
                code,
                name,
                unit,
                KpiDefinitions.constant(Direction.class, direction.get()),
                KpiDefinitions.constant(Aggregation.class, aggregation.get()),
                KpiDefinitions.constant(PeriodLength.class, period.get()),
                threshold,
                description,
                types,
                conversion));
    }

    /** The programme types the cell names, separated by |; each one that is none is a problem. */
    private static Set<ProgrammeType> programmeTypes(Row row, ImportPlan plan) {
        Set<ProgrammeType> types = EnumSet.noneOf(ProgrammeType.class);
        for (String written : row.text(PROGRAMME_TYPES)
                .map(text -> text.split("\\" + KpiFormats.TYPE_SEPARATOR))
                .orElse(new String[0])) {
            if (written.isBlank()) {
                continue;
            }
            Optional<String> code = Coded.code(ProgrammeFormats.TYPES, written.strip());
            if (code.isEmpty()) {
                plan.problem(
                        row,
                        PROGRAMME_TYPES,
                        written.strip(),
                        Optional.empty(),
                        "importing.kpiDefinitions.unknownProgrammeType",
                        written.strip(),
                        Coded.english(ProgrammeFormats.TYPES),
                        Coded.dutch(ProgrammeFormats.TYPES));
            } else {
                types.add(ProgrammeType.ofCode(code.get()));
            }
        }
        return types;
    }

    /** The default value with its technique, source, year and currency, all or none. */
    private static Optional<ConversionValue> conversion(Row row, ImportPlan plan, Currency reporting) {
        Optional<BigDecimal> value = row.decimal(VALUE_PER_UNIT);
        Optional<String> technique = Coded.read(
                plan, row, VALUE_TECHNIQUE, KpiFormats.TECHNIQUES, "importing.kpiDefinitions.unknownTechnique");
        Optional<String> source = row.text(VALUE_SOURCE);
        source.ifPresent(text -> longest(row, VALUE_SOURCE, 500, plan));
        Optional<Long> year = row.integer(VALUE_YEAR);
        Optional<String> evidence = row.text(VALUE_EVIDENCE);
        evidence.ifPresent(text -> longest(row, VALUE_EVIDENCE, 2000, plan));
        if (value.isEmpty()) {
            for (Column part : List.of(VALUE_CURRENCY, VALUE_TECHNIQUE, VALUE_SOURCE, VALUE_YEAR, VALUE_EVIDENCE)) {
                written(row, part)
                        .ifPresent(written -> plan.problem(
                                row, part, written, Optional.empty(), "importing.kpiDefinitions.valueMissing"));
            }
            return Optional.empty();
        }
        if (value.get().signum() < 0 || !Numeric.fits(value.get(), 19, 4)) {
            plan.problem(
                    row,
                    VALUE_PER_UNIT,
                    value.get().toPlainString(),
                    Optional.empty(),
                    "importing.kpiDefinitions.valueRange");
        }
        for (Column part : VALUE_PARTS) {
            if (written(row, part).isEmpty()) {
                plan.problem(row, part, "", Optional.empty(), "importing.kpiDefinitions.valueIncomplete");
            }
        }
        if (year.filter(written -> written < 1900 || written > 2200).isPresent()) {
            plan.problem(
                    row,
                    VALUE_YEAR,
                    String.valueOf(year.get()),
                    Optional.empty(),
                    "importing.kpiDefinitions.valueYear");
        }
        Optional<Currency> currency = currency(row, plan, reporting);
        if (plan.hasProblem(row) || technique.isEmpty() || source.isEmpty() || year.isEmpty() || currency.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConversionValue(
                KpiDefinitions.constant(Technique.class, technique.get()),
                Money.of(value.get(), currency.get()),
                source.get(),
                year.get().intValue(),
                Optional.empty(),
                evidence,
                Optional.empty(),
                Optional.empty()));
    }

    /** The cell as the file has it, whatever its column's type. */
    private static Optional<String> written(Row row, Column column) {
        return Optional.ofNullable(row.values().get(column)).map(String::valueOf);
    }

    private static Optional<Currency> currency(Row row, ImportPlan plan, Currency reporting) {
        Optional<String> written = row.text(VALUE_CURRENCY);
        if (written.isEmpty()) {
            return Optional.of(reporting);
        }
        try {
            return Optional.of(Currency.getInstance(written.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            plan.problem(
                    row,
                    VALUE_CURRENCY,
                    written.get(),
                    Optional.empty(),
                    "importing.costLines.unknownCurrency",
                    written.get());
            return Optional.empty();
        }
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
