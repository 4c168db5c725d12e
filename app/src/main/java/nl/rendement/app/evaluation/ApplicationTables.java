package nl.rendement.app.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.engine.levels.ApplicationAnswer;
import nl.rendement.engine.levels.ApplicationSurvey;
import nl.rendement.engine.levels.ManagerObservation;

/**
 * Level 3 of an evaluation file: the application survey (one row per response: applying or not,
 * how often on the file's frequency scale, barriers and enablers cited) and, optionally, managers'
 * observations of whether each person applies what was learned.
 */
final class ApplicationTables {

    static final Column APPLYING = Column.required("applying", "past toe", ColumnType.BOOLEAN);
    static final Column FREQUENCY = Column.optional("frequency", "frequentie", ColumnType.TEXT);
    static final Column BARRIERS = Column.optional("barriers", "belemmeringen", ColumnType.TEXT);
    static final Column ENABLERS = Column.optional("enablers", "bevorderaars", ColumnType.TEXT);
    static final TableSchema ANSWERS = TableSchema.of(APPLYING, FREQUENCY, BARRIERS, ENABLERS);

    static final Column MANAGER = Column.required("manager", "leidinggevende", ColumnType.TEXT);
    static final Column PERSON = Column.required("person", "persoon", ColumnType.TEXT);
    static final TableSchema OBSERVATIONS = TableSchema.of(MANAGER, PERSON, APPLYING);

    private ApplicationTables() {}

    static Optional<ApplicationSurvey> survey(YamlMap map) {
        Context context = map.context();
        int mark = context.mark();
        map.require("frequencyScale");
        List<String> scale = map.scalars("frequencyScale", Kind.TEXT);
        map.require("file");
        List<ApplicationAnswer> answers = Table.read(map, "file", ANSWERS)
                .map(table -> answers(context, table, scale))
                .orElse(List.of());
        List<ManagerObservation> observations = Table.read(map, "observations", OBSERVATIONS)
                .map(table -> observations(context, table))
                .orElse(List.of());
        map.done();
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(map.node(), map.path(), () -> new ApplicationSurvey(scale, answers, observations));
    }

    private static List<ApplicationAnswer> answers(Context context, Table table, List<String> scale) {
        List<ApplicationAnswer> answers = new ArrayList<>();
        for (Row row : table.rows()) {
            Optional<String> frequency = row.text(FREQUENCY);
            if (frequency.filter(given -> !scale.contains(given)).isPresent()) {
                context.inRow(
                        table.name(),
                        row,
                        FREQUENCY,
                        frequency.get(),
                        "evaluation.problem.unknownValue",
                        frequency.get(),
                        String.join(", ", scale));
                continue;
            }
            answers.add(new ApplicationAnswer(
                    row.bool(APPLYING).orElseThrow(), frequency, cited(row, BARRIERS), cited(row, ENABLERS)));
        }
        return answers;
    }

    /** The factors a cell cites, separated by {@code |} or {@code ;}. */
    private static Set<String> cited(Row row, Column column) {
        return row.text(column)
                .map(cell -> Arrays.stream(cell.split("[|;]"))
                        .map(String::trim)
                        .filter(factor -> !factor.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static List<ManagerObservation> observations(Context context, Table table) {
        List<ManagerObservation> observations = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (Row row : table.rows()) {
            String person = row.text(PERSON).orElseThrow();
            if (!people.add(person)) {
                context.inRow(table.name(), row, PERSON, person, "evaluation.problem.duplicateId", person);
                continue;
            }
            observations.add(new ManagerObservation(
                    row.text(MANAGER).orElseThrow(), person, row.bool(APPLYING).orElseThrow()));
        }
        return observations;
    }
}
