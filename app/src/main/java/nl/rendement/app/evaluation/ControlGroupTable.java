package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.engine.isolation.control.ControlGroupBasis;
import nl.rendement.engine.isolation.control.GivenControlGroup;
import nl.rendement.engine.isolation.control.PersonChange;

/**
 * A measure's given control group: the mapping ({@code description}, {@code file}, {@code
 * trainedWithoutData}, {@code randomAssignment}, {@code prePeriod}) and its table of people, per
 * cohort when the programme ran in waves. A person is unique within a cohort; without a pre-period
 * the {@code pre} column is not needed, and where present stays blank.
 */
final class ControlGroupTable {

    static final Column PERSON = Column.required("person", "persoon", ColumnType.TEXT);
    static final Column GROUP = Column.required("group", "groep", ColumnType.TEXT);
    static final Column COHORT = Column.optional("cohort", "cohort", ColumnType.TEXT);
    static final Column PRE = Column.required("pre", "voor", ColumnType.DECIMAL);
    static final Column NO_PRE = Column.optional("pre", "voor", ColumnType.DECIMAL);
    static final Column POST = Column.required("post", "na", ColumnType.DECIMAL);
    static final TableSchema WITH_PRE_PERIOD = TableSchema.of(PERSON, GROUP, COHORT, PRE, POST);
    static final TableSchema WITHOUT_PRE_PERIOD = TableSchema.of(PERSON, GROUP, COHORT, NO_PRE, POST);

    private static final Set<String> TRAINED = Set.of("trained", "getraind");
    private static final Set<String> CONTROL = Set.of("control", "controle");

    private final Context context;
    private final ControlGroupBasis basis;
    private final List<PersonChange> trained = new ArrayList<>();
    private final List<PersonChange> control = new ArrayList<>();
    private final Set<List<String>> seen = new HashSet<>();

    private ControlGroupTable(Context context, ControlGroupBasis basis) {
        this.context = context;
        this.basis = basis;
    }

    static Optional<GivenControlGroup> read(YamlMap map) {
        Context context = map.context();
        int mark = context.mark();
        String description = map.required("description", Kind.TEXT);
        int withoutData = map.orDefault("trainedWithoutData", Kind.COUNT, 0);
        boolean random = map.orDefault("randomAssignment", Kind.BOOLEAN, false);
        boolean prePeriod = map.orDefault("prePeriod", Kind.BOOLEAN, true);
        if (random && !prePeriod) {
            context.at(map.at("prePeriod"), map.field("prePeriod"), "evaluation.problem.randomWithoutPrePeriod");
        }
        map.require("file");
        Optional<Table> table = Table.read(map, "file", prePeriod ? WITH_PRE_PERIOD : WITHOUT_PRE_PERIOD);
        map.done();
        ControlGroupBasis basis = !prePeriod
                ? ControlGroupBasis.POST_MEANS_NO_PRE_PERIOD
                : random ? ControlGroupBasis.POST_MEANS_RANDOM_ASSIGNMENT : ControlGroupBasis.CHANGES;
        ControlGroupTable people = new ControlGroupTable(context, basis);
        table.ifPresent(people::rows);
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                map.node(),
                map.path(),
                () -> new GivenControlGroup(description, people.trained, people.control, basis, withoutData));
    }

    /** Every row; when any row names a cohort, every row must. */
    private void rows(Table table) {
        boolean cohorts = table.rows().stream().anyMatch(row -> row.text(COHORT).isPresent());
        for (Row row : table.rows()) {
            String person = row.text(PERSON).orElseThrow();
            String cohort = row.text(COHORT).orElse(PersonChange.DEFAULT_COHORT);
            String group = row.text(GROUP).orElseThrow().toLowerCase(Locale.ROOT);
            Optional<BigDecimal> pre = row.decimal(basis.hasPrePeriod() ? PRE : NO_PRE);
            if (cohorts && cohort.isBlank()) {
                context.inRow(table.name(), row, COHORT, "", "evaluation.problem.cohortMissing");
            } else if (!seen.add(List.of(cohort.strip(), person))) {
                context.inRow(table.name(), row, PERSON, person, "evaluation.problem.duplicateId", person);
            } else if (!TRAINED.contains(group) && !CONTROL.contains(group)) {
                context.inRow(
                        table.name(), row, GROUP, group, "evaluation.problem.unknownValue", group, "trained, control");
            } else if (!basis.hasPrePeriod() && pre.isPresent()) {
                context.inRow(
                        table.name(), row, NO_PRE, pre.get().toPlainString(), "evaluation.problem.preWithoutPrePeriod");
            } else {
                add(table, row, person, cohort, pre, TRAINED.contains(group) ? trained : control);
            }
        }
    }

    private void add(
            Table table, Row row, String person, String cohort, Optional<BigDecimal> pre, List<PersonChange> group) {
        double post = row.decimal(POST).orElseThrow().doubleValue();
        context.engine(
                        table.name(),
                        row,
                        () -> pre.isPresent()
                                ? PersonChange.of(person, cohort, pre.get().doubleValue(), post)
                                : PersonChange.postOnly(person, cohort, post))
                .ifPresent(group::add);
    }
}
