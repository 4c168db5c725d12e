package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.engine.LevelInputs;
import nl.rendement.engine.levels.ApplicationSurvey;
import nl.rendement.engine.levels.EfficiencyInputs;
import nl.rendement.engine.levels.Fte;
import nl.rendement.engine.levels.Learner;
import nl.rendement.engine.levels.ReactionSurvey;
import nl.rendement.engine.levels.learning.LearningTest;
import nl.rendement.engine.money.Money;

/**
 * The {@code levels} of an evaluation file: level 0 (learners, FTE, payroll), level 1 (the
 * reaction survey), level 2 (pre and post scores of one test or several) and level 3 (the
 * application survey). Each part is optional; the engine names a missing level 1, 2 or 3 in a
 * note.
 */
final class LevelsYaml {

    static final Column ID = Column.required("id", "id", ColumnType.TEXT);
    static final Column ENROLLED = Column.required("enrolled", "ingeschreven", ColumnType.DATE);
    static final Column STARTED = Column.optional("started", "gestart", ColumnType.DATE);
    static final Column COMPLETED = Column.optional("completed", "afgerond", ColumnType.DATE);
    static final Column HOURS = Column.required("hours", "uren", ColumnType.DECIMAL);
    static final TableSchema LEARNERS = TableSchema.of(ID, ENROLLED, STARTED, COMPLETED, HOURS);

    private final YamlMap levels;
    private final Context context;
    private final Currency reporting;

    LevelsYaml(YamlMap levels, Currency reporting) {
        this.levels = levels;
        this.context = levels.context();
        this.reporting = reporting;
    }

    /** The level data; {@link LevelInputs#NONE} when the file has none. */
    static Optional<LevelInputs> read(YamlMap root, Currency reporting) {
        if (!root.has("levels")) {
            return Optional.of(LevelInputs.NONE);
        }
        return root.map("levels").flatMap(levels -> new LevelsYaml(levels, reporting).read());
    }

    private Optional<LevelInputs> read() {
        int mark = context.mark();
        Optional<EfficiencyInputs> efficiency = part("efficiency", this::efficiency);
        Optional<ReactionSurvey> reaction = part("reaction", ReactionTable::survey);
        List<LearningTest> learning = LearningTable.tests(levels);
        Optional<ApplicationSurvey> application = part("application", ApplicationTables::survey);
        levels.done();
        return context.cleanSince(mark)
                ? Optional.of(new LevelInputs(efficiency, reaction, learning, application))
                : Optional.empty();
    }

    private <T> Optional<T> part(String key, Function<YamlMap, Optional<T>> reader) {
        return levels.map(key).flatMap(reader);
    }

    private Optional<EfficiencyInputs> efficiency(YamlMap map) {
        int mark = context.mark();
        map.require("learners");
        List<Learner> learners =
                Table.read(map, "learners", LEARNERS).map(this::learners).orElse(List.of());
        Optional<Fte> fte = map.map("fte").flatMap(LevelsYaml::fte);
        Optional<BigDecimal> payroll = map.optional("payroll", Kind.AMOUNT);
        map.done();
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                map.node(),
                map.path(),
                () -> new EfficiencyInputs(
                        learners, fte, Optional.empty(), payroll.map(amount -> Money.of(amount, reporting))));
    }

    private static Optional<Fte> fte(YamlMap map) {
        Context context = map.context();
        int mark = context.mark();
        BigDecimal value = map.required("value", Kind.AMOUNT);
        Fte.Basis basis = map.required("basis", Kind.of(Fte.Basis.class));
        map.done();
        return context.cleanSince(mark)
                ? context.engine(map.node(), map.path(), () -> new Fte(value, basis))
                : Optional.empty();
    }

    private List<Learner> learners(Table table) {
        List<Learner> learners = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : table.rows()) {
            String id = row.text(ID).orElseThrow();
            if (!ids.add(id)) {
                context.inRow(table.name(), row, ID, id, "evaluation.problem.duplicateId", id);
                continue;
            }
            Optional<BigDecimal> hours = Tables.nonNegative(context, table.name(), row, HOURS);
            hours.flatMap(spent -> context.engine(
                            table.name(),
                            row,
                            () -> new Learner(
                                    id,
                                    row.date(ENROLLED).orElseThrow(),
                                    row.date(STARTED),
                                    row.date(COMPLETED),
                                    spent)))
                    .ifPresent(learners::add);
        }
        return learners;
    }
}
