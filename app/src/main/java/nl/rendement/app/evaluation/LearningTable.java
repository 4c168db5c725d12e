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
import nl.rendement.engine.levels.learning.PersonScore;

/** Level 2 of an evaluation file: the test's maximum and pass mark, and each person's score before and after. */
final class LearningTable {

    static final Column PERSON = Column.required("person", "persoon", ColumnType.TEXT);
    static final Column PRE = Column.required("pre", "voor", ColumnType.DECIMAL);
    static final Column POST = Column.required("post", "na", ColumnType.DECIMAL);
    static final TableSchema SCORES = TableSchema.of(PERSON, PRE, POST);

    private LearningTable() {}

    static Optional<LearningScores> scores(YamlMap map) {
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
        List<PersonScore> people = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : table.map(Table::rows).orElse(List.of())) {
            String file = table.get().name();
            String person = row.text(PERSON).orElseThrow();
            if (!seen.add(person)) {
                context.inRow(file, row, PERSON, person, "evaluation.problem.duplicateId", person);
                continue;
            }
            Optional<BigDecimal> pre = score(context, file, row, PRE, maximum);
            Optional<BigDecimal> post = score(context, file, row, POST, maximum);
            if (pre.isPresent() && post.isPresent()) {
                people.add(PersonScore.of(
                        person, pre.get().doubleValue(), post.get().doubleValue()));
            }
        }
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                map.node(),
                map.path(),
                () -> new LearningScores(maximum.doubleValue(), passMark.map(BigDecimal::doubleValue), people));
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
