package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.engine.levels.RatingItem;
import nl.rendement.engine.levels.ReactionSurvey;

/**
 * Level 1 of an evaluation file: the reaction survey, one row per response. The file lists the
 * rating items (1–5) and the column each is answered in; the table may also hold the 0–10
 * recommend item and a comment. A blank cell is an item left unanswered.
 */
final class ReactionTable {

    static final Column RECOMMEND = Column.optional("recommend", "aanbevelen", ColumnType.INTEGER);
    static final Column COMMENT = Column.optional("comment", "opmerking", ColumnType.TEXT);

    private record Item(String name, Column column, Optional<BigDecimal> target, YamlMap map) {}

    private ReactionTable() {}

    static Optional<ReactionSurvey> survey(YamlMap map) {
        Context context = map.context();
        int mark = context.mark();
        List<Item> items = items(map);
        map.require("file");
        Optional<TableSchema> schema = context.engine(map.at("items"), map.field("items"), () -> schema(items));
        Optional<Table> table = schema.flatMap(columns -> Table.read(map, "file", columns));
        map.done();
        Map<Item, List<Integer>> answers = new LinkedHashMap<>();
        items.forEach(item -> answers.put(item, new ArrayList<>()));
        List<Integer> recommend = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (Row row : table.map(Table::rows).orElse(List.of())) {
            String file = table.get().name();
            for (Item item : items) {
                scale(context, file, row, item.column(), RatingItem.LOWEST, RatingItem.HIGHEST)
                        .ifPresent(answers.get(item)::add);
            }
            scale(context, file, row, RECOMMEND, 0, 10).ifPresent(recommend::add);
            row.text(COMMENT).ifPresent(comments::add);
        }
        if (table.isPresent()) {
            answers.forEach((item, given) -> {
                if (given.isEmpty()) {
                    context.at(
                            item.map().node(),
                            item.map().field("column"),
                            "evaluation.problem.noAnswers",
                            item.column().english(),
                            table.get().name());
                }
            });
        }
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(map.node(), map.path(), () -> new ReactionSurvey(rated(answers), recommend, comments));
    }

    /** Built inside the engine's check, which reports a target off the scale as a problem. */
    private static List<RatingItem> rated(Map<Item, List<Integer>> answers) {
        return answers.entrySet().stream()
                .map(item -> new RatingItem(
                        item.getKey().name(),
                        item.getValue(),
                        item.getKey()
                                .target()
                                .map(target -> OptionalDouble.of(target.doubleValue()))
                                .orElse(OptionalDouble.empty())))
                .toList();
    }

    private static List<Item> items(YamlMap map) {
        Context context = map.context();
        List<Item> items = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlMap item : map.maps("items")) {
            int mark = context.mark();
            String name = item.required("name", Kind.TEXT);
            String column = item.orDefault("column", Kind.TEXT, name);
            Optional<BigDecimal> target = item.optional("target", Kind.DECIMAL);
            item.done();
            if (name != null && !names.add(name)) {
                context.at(item.at("name"), item.field("name"), "evaluation.problem.duplicateId", name);
            }
            if (context.cleanSince(mark)) {
                items.add(new Item(name, Column.optional(column, column, ColumnType.INTEGER), target, item));
            }
        }
        return items;
    }

    private static TableSchema schema(List<Item> items) {
        List<Column> columns = new ArrayList<>();
        items.forEach(item -> columns.add(item.column()));
        columns.add(RECOMMEND);
        columns.add(COMMENT);
        return new TableSchema(columns);
    }

    /** A whole number on the scale; empty for a blank cell or one off the scale (reported). */
    private static Optional<Integer> scale(Context context, String file, Row row, Column column, int low, int high) {
        Optional<Long> answer = row.integer(column);
        if (answer.filter(value -> value < low || value > high).isPresent()) {
            String written = String.valueOf(answer.get());
            context.inRow(file, row, column, written, "evaluation.problem.offScale", written, low, high);
            return Optional.empty();
        }
        return answer.map(Long::intValue);
    }
}
