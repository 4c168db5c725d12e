package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.Observation.SubjectKind;
import nl.rendement.engine.measures.series.SubjectGroup;
import nl.rendement.engine.measures.series.TenuredMedian;

/**
 * A measure's KPI series in an evaluation file: its observations per person or team and period,
 * the eligible non-participants it is compared with when there is no control group, and for time
 * to threshold the tenured median.
 */
final class SeriesTables {

    static final Column SUBJECT = Column.required("subject", "subject", ColumnType.TEXT);
    static final Column KIND = Column.optional("kind", "soort", ColumnType.TEXT);
    static final Column PERIOD = Column.required("period", "periode", ColumnType.DATE);
    static final Column VALUE = Column.required("value", "waarde", ColumnType.DECIMAL);
    static final Column WEIGHT = Column.optional("weight", "gewicht", ColumnType.DECIMAL);
    static final TableSchema OBSERVATIONS = TableSchema.of(SUBJECT, KIND, PERIOD, VALUE, WEIGHT);

    static final Column ID = Column.required("id", "id", ColumnType.TEXT);
    static final TableSchema GROUP = TableSchema.of(ID, KIND);

    private static final Kind<SubjectKind> SUBJECT_KIND = Kind.of(SubjectKind.class);

    private SeriesTables() {}

    /** The observations of the table under {@code observations}; none when absent. */
    static List<Observation> observations(YamlMap measure) {
        Context context = measure.context();
        List<Observation> observations = new ArrayList<>();
        Optional<Table> table = Table.read(measure, "observations", OBSERVATIONS);
        Set<String> seen = new HashSet<>();
        for (Row row : table.map(Table::rows).orElse(List.of())) {
            String file = table.get().name();
            String subject = row.text(SUBJECT).orElseThrow();
            LocalDate period = row.date(PERIOD).orElseThrow();
            Optional<SubjectKind> kind = kind(context, file, row);
            Optional<BigDecimal> weight = Tables.nonNegative(context, file, row, WEIGHT);
            if (kind.isEmpty() || row.decimal(WEIGHT).isPresent() && weight.isEmpty()) {
                continue;
            }
            String key = Kind.written(kind.get()) + " " + subject + " " + period;
            if (!seen.add(key)) {
                context.inRow(file, row, PERIOD, period, "evaluation.problem.duplicateObservation", subject, period);
                continue;
            }
            BigDecimal value = row.decimal(VALUE).orElseThrow();
            context.engine(file, row, () -> new Observation(subject, kind.get(), period, value, weight))
                    .ifPresent(observations::add);
        }
        return observations;
    }

    /** The people and teams of the table under {@code key}, if there is one. */
    static Optional<SubjectGroup> group(YamlMap measure, String key) {
        Context context = measure.context();
        Optional<Table> table = Table.read(measure, key, GROUP);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Set<String> people = new HashSet<>();
        Set<String> teams = new HashSet<>();
        for (Row row : table.get().rows()) {
            String id = row.text(ID).orElseThrow();
            kind(context, table.get().name(), row).ifPresent(kind -> {
                if (!(kind == SubjectKind.PERSON ? people : teams).add(id)) {
                    context.inRow(table.get().name(), row, ID, id, "evaluation.problem.duplicateId", id);
                }
            });
        }
        return Optional.of(SubjectGroup.of(people, teams));
    }

    static Optional<TenuredMedian> tenuredMedian(YamlMap map) {
        Context context = map.context();
        int mark = context.mark();
        BigDecimal value = map.required("value", Kind.POSITIVE);
        String basis = map.required("basis", Kind.TEXT);
        map.done();
        return context.cleanSince(mark)
                ? context.engine(map.node(), map.path(), () -> new TenuredMedian(value, basis))
                : Optional.empty();
    }

    /** A person unless the row says team; {@code persoon} and {@code team} are read too. */
    private static Optional<SubjectKind> kind(Context context, String file, Row row) {
        Optional<String> written = row.text(KIND);
        if (written.filter(kind -> kind.equalsIgnoreCase("persoon")).isPresent()) {
            return Optional.of(SubjectKind.PERSON);
        }
        return Tables.cell(context, file, row, KIND, SUBJECT_KIND, SubjectKind.PERSON);
    }
}
