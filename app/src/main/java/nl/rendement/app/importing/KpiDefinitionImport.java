package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.KpiFormats.AGGREGATION;
import static nl.rendement.app.importing.formats.KpiFormats.CODE;
import static nl.rendement.app.importing.formats.KpiFormats.PERIOD;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.kpi.KpiObservations;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.Money;
import org.springframework.stereotype.Component;

/**
 * KPI definitions, each known by its code: a new code adds a KPI, another name, unit, direction,
 * aggregation, period, threshold, description, programme types or default value changes it (the
 * old definition kept for undo).
 * The period and aggregation of a KPI that has observations stay as they are: its observations
 * were checked against them. Undo removes an added KPI only while no observation refers to it.
 */
@Component
class KpiDefinitionImport implements KindImport {

    private final KpiDefinitions definitions;
    private final KpiObservations observations;
    private final Organisation organisation;

    KpiDefinitionImport(KpiDefinitions definitions, KpiObservations observations, Organisation organisation) {
        this.definitions = definitions;
        this.observations = observations;
        this.organisation = organisation;
    }

    @Override
    public ImportFormat format() {
        return KpiFormats.KPI_DEFINITIONS;
    }

    @Override
    public long held() {
        return definitions.count();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        Map<String, Kpi> stored = definitions.all().stream().collect(Collectors.toMap(Kpi::code, Function.identity()));
        Map<Long, Long> observed = observations.counts();
        Set<String> seen = new HashSet<>();
        Currency reporting = organisation.settings().reportingCurrency();
        for (Row row : rows) {
            Optional<KpiDefinition> read = KpiDefinitionRows.read(row, plan, reporting);
            String code = row.text(CODE).orElseThrow();
            if (!seen.add(code)) {
                plan.problem(row, CODE, code, Optional.empty(), "importing.kpiDefinitions.duplicateCode");
            }
            if (read.isEmpty() || plan.hasProblem(row)) {
                continue;
            }
            Optional<Kpi> existing = Optional.ofNullable(stored.get(code));
            long count =
                    existing.map(kpi -> observed.getOrDefault(kpi.id(), 0L)).orElse(0L);
            if (count > 0 && reshapes(existing.get().definition(), read.get())) {
                Column column =
                        existing.get().definition().period() != read.get().period() ? PERIOD : AGGREGATION;
                plan.problem(
                        row,
                        column,
                        row.text(column).orElseThrow(),
                        Optional.empty(),
                        "importing.kpiDefinitions.observed",
                        code,
                        count);
                continue;
            }
            KpiDefinition incoming = existing.map(kpi -> keepingUnlisted(row, read.get(), kpi.definition()))
                    .orElse(read.get());
            plan.change(row, code, Optional.empty(), existing.map(kpi -> written(kpi.definition())), written(incoming));
        }
    }

    @Override
    public void apply(PlannedChange change, String user) {
        KpiDefinition definition = definition(change.subject(), change.newValue());
        if (change.action() == PlannedChange.Action.ADD) {
            definitions.add(definition);
        } else {
            definitions.update(definition);
        }
    }

    /** Puts the old definition back, or removes an added KPI that no observation refers to yet. */
    @Override
    public void revert(PlannedChange change, String user) {
        Optional<Kpi> now = definitions.byCode(change.subject());
        if (!now.map(kpi -> written(kpi.definition())).equals(Optional.of(change.newValue()))) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        long count = observations.countOf(now.get().id());
        Optional<KpiDefinition> old = change.oldValue().map(value -> definition(change.subject(), value));
        if (count > 0
                && old.map(before -> reshapes(before, now.get().definition())).orElse(true)) {
            throw new ImportRefused("importing.kpiDefinitions.undoObserved", change.subject(), count);
        }
        if (old.isPresent()) {
            definitions.update(old.get());
        } else {
            definitions.remove(change.subject());
        }
    }

    /**
     * The definition read, with the stored library values kept where the file has no column for
     * them: an older definitions file does not clear a KPI's programme types or default value.
     */
    private static KpiDefinition keepingUnlisted(Row row, KpiDefinition read, KpiDefinition stored) {
        return new KpiDefinition(
                read.code(),
                read.name(),
                read.unit(),
                read.direction(),
                read.aggregation(),
                read.period(),
                read.thresholdSharePercent(),
                read.description(),
                row.headers().containsKey(KpiFormats.PROGRAMME_TYPES) ? read.programmeTypes() : stored.programmeTypes(),
                row.headers().containsKey(KpiFormats.VALUE_PER_UNIT)
                        ? read.conversion()
                                .map(value -> row.headers().containsKey(KpiFormats.VALUE_EVIDENCE)
                                        ? value
                                        : withEvidence(
                                                value, stored.conversion().flatMap(ConversionValue::evidence)))
                        : stored.conversion());
    }

    /** The value with the evidence a file without that column leaves as it was. */
    private static ConversionValue withEvidence(ConversionValue value, Optional<String> evidence) {
        return new ConversionValue(
                value.technique(),
                value.valuePerUnit(),
                value.source(),
                value.year(),
                value.country(),
                evidence,
                value.confidence(),
                value.range());
    }

    /** Whether the new definition would read the stored observations differently. */
    private static boolean reshapes(KpiDefinition before, KpiDefinition after) {
        return before.period() != after.period() || before.aggregation() != after.aggregation();
    }

    /** A definition as an import keeps it, its code being the change's subject. */
    static String written(KpiDefinition kpi) {
        return ImportValue.builder()
                .put("name", kpi.name())
                .put("unit", kpi.unit())
                .put("direction", KpiDefinitions.code(kpi.direction()))
                .put("aggregation", KpiDefinitions.code(kpi.aggregation()))
                .put("period", KpiDefinitions.code(kpi.period()))
                .put("threshold share", kpi.thresholdSharePercent())
                .put("description", kpi.description())
                .put(
                        "programme types",
                        Optional.of(kpi.programmeTypes().stream()
                                        .map(ProgrammeType::code)
                                        .collect(Collectors.joining(KpiFormats.TYPE_SEPARATOR)))
                                .filter(types -> !types.isEmpty()))
                .put(
                        "value per unit",
                        kpi.conversion().map(value -> value.valuePerUnit().amount()))
                .put(
                        "value currency",
                        kpi.conversion()
                                .map(value -> value.valuePerUnit().currency().getCurrencyCode()))
                .put("value technique", kpi.conversion().map(value -> KpiDefinitions.code(value.technique())))
                .put("value source", kpi.conversion().map(ConversionValue::source))
                .put("value year", kpi.conversion().map(ConversionValue::year))
                .put("value evidence", kpi.conversion().flatMap(ConversionValue::evidence))
                .written();
    }

    private static KpiDefinition definition(String code, String written) {
        ImportValue value = ImportValue.parse(written);
        return new KpiDefinition(
                code,
                value.require("name"),
                value.require("unit"),
                KpiDefinitions.constant(Direction.class, value.require("direction")),
                KpiDefinitions.constant(Aggregation.class, value.require("aggregation")),
                KpiDefinitions.constant(PeriodLength.class, value.require("period")),
                value.get("threshold share").map(BigDecimal::new),
                value.get("description"),
                value.get("programme types").stream()
                        .flatMap(types -> Arrays.stream(types.split("\\" + KpiFormats.TYPE_SEPARATOR)))
                        .map(ProgrammeType::ofCode)
                        .collect(Collectors.toSet()),
                value.get("value per unit")
                        .map(amount -> new ConversionValue(
                                KpiDefinitions.constant(Technique.class, value.require("value technique")),
                                Money.of(new BigDecimal(amount), Currency.getInstance(value.require("value currency"))),
                                value.require("value source"),
                                Integer.parseInt(value.require("value year")),
                                Optional.empty(),
                                value.get("value evidence"),
                                Optional.empty(),
                                Optional.empty())));
    }
}
