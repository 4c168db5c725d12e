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
import nl.rendement.engine.isolation.estimate.Estimate;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.value.Percentage;

/** A measure's estimate sets, each with its table of answers. */
final class IsolationTables {

    static final Column RESPONDENT = Column.required("respondent", "respondent", ColumnType.TEXT);
    static final Column IMPROVEMENT = Column.required("improvement", "verbetering", ColumnType.DECIMAL);
    static final Column ATTRIBUTION = Column.required("attribution", "toeschrijving", ColumnType.PERCENTAGE);
    static final Column CONFIDENCE = Column.required("confidence", "zekerheid", ColumnType.PERCENTAGE);
    static final Column BASIS = Column.optional("basis", "onderbouwing", ColumnType.TEXT);
    static final TableSchema ESTIMATES = TableSchema.of(RESPONDENT, IMPROVEMENT, ATTRIBUTION, CONFIDENCE, BASIS);

    private IsolationTables() {}

    static Optional<EstimateSet> estimates(YamlMap map) {
        Context context = map.context();
        int mark = context.mark();
        EstimateSource source = map.required("source", Kind.of(EstimateSource.class));
        Integer asked = map.required("asked", Kind.INTEGER);
        map.require("file");
        Optional<Table> table = Table.read(map, "file", ESTIMATES);
        map.done();
        String file = table.map(Table::name).orElse("");
        List<Estimate> answers = new ArrayList<>();
        Set<String> respondents = new HashSet<>();
        for (Row row : table.map(Table::rows).orElse(List.of())) {
            String respondent = row.text(RESPONDENT).orElseThrow();
            if (respondents.add(respondent)) {
                estimate(context, file, row).ifPresent(answers::add);
            } else {
                context.inRow(file, row, RESPONDENT, respondent, "evaluation.problem.duplicateId", respondent);
            }
        }
        if (asked != null && asked < 1) {
            context.at(map.at("asked"), map.field("asked"), "evaluation.problem.notPositive", asked);
        } else if (asked != null && respondents.size() > asked) {
            context.at(
                    map.at("asked"), map.field("asked"), "evaluation.problem.moreResponses", respondents.size(), asked);
        }
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(map.node(), map.path(), () -> new EstimateSet(source, asked, answers));
    }

    private static Optional<Estimate> estimate(Context context, String file, Row row) {
        String respondent = row.text(RESPONDENT).orElseThrow();
        BigDecimal improvement = row.decimal(IMPROVEMENT).orElseThrow();
        Optional<Percentage> attribution = Tables.share(context, file, row, ATTRIBUTION);
        Optional<Percentage> confidence = Tables.share(context, file, row, CONFIDENCE);
        if (attribution.isEmpty() || confidence.isEmpty()) {
            return Optional.empty();
        }
        return context.engine(
                file,
                row,
                () -> new Estimate(respondent, improvement, attribution.get(), confidence.get(), row.text(BASIS)));
    }
}
