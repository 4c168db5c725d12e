package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.engine.levels.learning.LearningScores;
import nl.rendement.engine.levels.learning.LearningTest;
import nl.rendement.engine.levels.learning.PersonScore;

/**
 * Level 2 of an evaluation file: its tests, each with its name, maximum and pass mark, and each
 * person's score before and after. {@code levels.learning} is one mapping (one test, named by its
 * optional {@code name} or else by its file as written) or a list of mappings, each with a {@code
 * name} unique within the list.
 */
final class LearningTable {

    static final Column PERSON = Column.required("person", "persoon", ColumnType.TEXT);
    static final Column PRE = Column.required("pre", "voor", ColumnType.DECIMAL);
    static final Column POST = Column.required("post", "na", ColumnType.DECIMAL);
    static final TableSchema SCORES = TableSchema.of(PERSON, PRE, POST);

    private LearningTable() {}

    /** The tests under {@code learning} in the levels; none when it is absent. */
    static List<LearningTest> tests(YamlMap levels) {
        if (levels.isList("learning")) {
            return named(levels.maps("learning"));
        }
        return levels.map("learning")
                .flatMap(map -> test(map, map.optional("name", Kind.TEXT)))
                .map(List::of)
                .orElse(List.of());
    }

    private static List<LearningTest> named(List<YamlMap> maps) {
        List<LearningTest> tests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlMap map : maps) {
            Context context = map.context();
            int mark = context.mark();
            String name = map.required("name", Kind.TEXT);
            if (name != null && !names.add(name)) {
                context.at(map.at("name"), map.field("name"), "evaluation.problem.duplicateId", name);
            }
            Optional<LearningTest> test = test(map, Optional.ofNullable(name));
            if (context.cleanSince(mark)) {
                test.ifPresent(tests::add);
            }
        }
        return tests;
    }

    /** One test; without a name it is named by its scores table as the file writes it. */
    private static Optional<LearningTest> test(YamlMap map, Optional<String> name) {
        Context context = map.context();
        int mark = context.mark();
        BigDecimal maximum = map.required("maximum", Kind.POSITIVE);
        Optional<BigDecimal> passMark = map.optional("passMark", Kind.AMOUNT);
        if (maximum != null
                && passMark.filter(pass -> pass.compareTo(maximum) > 0).isPresent()) {
            context.at(
                    map.at("passMark"),
                    map.field("passMark"),
                    "evaluation.problem.aboveMaximum",
                    passMark.get().toPlainString(),
                    maximum.toPlainString());
        }
        map.require("file");
        Optional<Table> table = Table.read(map, "file", SCORES);
        map.done();
        List<PersonScore> people =
                table.map(read -> people(context, read, maximum)).orElse(List.of());
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                map.node(),
                map.path(),
                () -> new LearningTest(
                        name.orElseGet(() -> table.orElseThrow().name()),
                        new LearningScores(maximum.doubleValue(), passMark.map(BigDecimal::doubleValue), people)));
    }

    private static List<PersonScore> people(Context context, Table table, BigDecimal maximum) {
        List<PersonScore> people = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : table.rows()) {
            String person = row.text(PERSON).orElseThrow();
            if (!seen.add(person)) {
                context.inRow(table.name(), row, PERSON, person, "evaluation.problem.duplicateId", person);
                continue;
            }
            Optional<BigDecimal> pre = score(context, table.name(), row, PRE, maximum);
            Optional<BigDecimal> post = score(context, table.name(), row, POST, maximum);
            if (pre.isPresent() && post.isPresent()) {
                people.add(PersonScore.of(
                        person, pre.get().doubleValue(), post.get().doubleValue()));
            }
        }
        return people;
    }

    /** A score from 0 to the test's maximum. */
    private static Optional<BigDecimal> score(
            Context context, String file, Row row, Column column, BigDecimal maximum) {
        Optional<BigDecimal> score = Tables.nonNegative(context, file, row, column);
        if (maximum != null
                && score.filter(value -> value.compareTo(maximum) > 0).isPresent()) {
            String written = score.get().toPlainString();
            context.inRow(
                    file, row, column, written, "evaluation.problem.aboveMaximum", written, maximum.toPlainString());
            return Optional.empty();
        }
        return score;
    }
}
