package nl.rendement.app.evaluation.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.rendement.app.evaluation.run.RunData.ApplicationRow;
import nl.rendement.app.evaluation.run.RunData.Enrolment;
import nl.rendement.app.evaluation.run.RunData.Period;
import nl.rendement.app.evaluation.run.RunData.ReactionRow;
import nl.rendement.app.evaluation.run.RunData.ScoreRow;

/**
 * The {@code levels} of a run's evaluation file (levels 0–3) from the stored enrolments and
 * surveys: level 0 from every enrolment with its learning hours and the participants' FTE, level 1
 * from the reaction responses, level 2 from the participants' assessments, level 3 from the
 * participants' application answers. A level without
 * data is left out, and the engine then names it as missing.
 */
final class LevelTables {

    static final String LEARNERS = "learners.csv";
    static final String REACTION = "reaction.csv";
    static final String APPLICATION = "application.csv";

    /** The survey tool's key of a response: not read by the evaluation, kept so erasure can find it. */
    static final String RESPONSE = "response";

    /**
     * How often, from most to least, in English and Dutch: the order a frequency scale's answers
     * are put in. Answers not listed follow the listed ones in alphabetical order.
     */
    static final List<List<String>> FREQUENCY_ORDER = List.of(
            List.of("daily", "every day", "dagelijks", "elke dag"),
            List.of("several times a week", "meerdere keren per week"),
            List.of("weekly", "every week", "wekelijks", "elke week"),
            List.of("monthly", "every month", "maandelijks", "elke maand"),
            List.of("quarterly", "per kwartaal"),
            List.of("yearly", "jaarlijks"),
            List.of("rarely", "seldom", "zelden"),
            List.of("never", "nooit"));

    private LevelTables() {}

    /** The levels mapping, its tables added to {@code tables}; empty when no level has data. */
    static Optional<Map<String, Object>> levels(
            List<Enrolment> enrolments,
            Map<Long, List<Period>> periods,
            List<ReactionRow> reactions,
            List<ScoreRow> scores,
            List<ApplicationRow> applications,
            Map<String, String> tables) {
        Map<String, Object> levels = new LinkedHashMap<>();
        efficiency(enrolments, periods, tables).ifPresent(entry -> levels.put("efficiency", entry));
        reaction(reactions, tables).ifPresent(entry -> levels.put("reaction", entry));
        List<Object> tests = learning(scores, tables);
        if (!tests.isEmpty()) {
            levels.put("learning", tests);
        }
        application(applications, tables).ifPresent(entry -> levels.put("application", entry));
        return levels.isEmpty() ? Optional.empty() : Optional.of(levels);
    }

    /**
     * Level 0: every enrolment as a learner, with the participants' FTE on their cohort's first
     * day. One who never started spent no learning hours; when one who started has no hours
     * recorded, level 0 is left out rather than counted short.
     */
    private static Optional<Map<String, Object>> efficiency(
            List<Enrolment> enrolments, Map<Long, List<Period>> periods, Map<String, String> tables) {
        if (enrolments.isEmpty()
                || enrolments.stream().anyMatch(e -> e.startedIt() && e.hours().isEmpty())) {
            return Optional.empty();
        }
        tables.put(LEARNERS, Csv.of(writer -> {
            writer.writeRecord("id", "enrolled", "started", "completed", "hours");
            enrolments.forEach(enrolment -> writer.writeRecord(
                    enrolment.pseudonym(),
                    enrolment.enrolled().toString(),
                    enrolment.started().map(LocalDate::toString).orElse(""),
                    enrolment.completed().map(LocalDate::toString).orElse(""),
                    BundleBuilder.plain(enrolment.hours().orElse(BigDecimal.ZERO))));
        }));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("learners", LEARNERS);
        BigDecimal fte = enrolments.stream()
                .filter(Enrolment::startedIt)
                .map(enrolment -> periodOn(
                                periods.getOrDefault(enrolment.employeeId(), List.of()), enrolment.cohortStart())
                        .fte())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (fte.signum() > 0) {
            entry.put("fte", BundleBuilder.map("value", BundleBuilder.number(fte), "basis", "participants"));
        }
        return Optional.of(entry);
    }

    /** Level 1: one row per response, one column per rating item (in the items' alphabetical order). */
    private static Optional<Map<String, Object>> reaction(List<ReactionRow> reactions, Map<String, String> tables) {
        if (reactions.isEmpty()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>(new TreeSet<>(reactions.stream()
                .flatMap(row -> row.ratings().keySet().stream())
                .toList()));
        tables.put(REACTION, Csv.of(writer -> {
            List<String> header = new ArrayList<>(List.of(RESPONSE));
            for (int i = 1; i <= items.size(); i++) {
                header.add("item " + i);
            }
            header.add("recommend");
            header.add("comment");
            writer.writeRecord(header);
            reactions.forEach(row -> {
                List<String> cells = new ArrayList<>(List.of(row.response()));
                items.forEach(
                        item -> cells.add(Optional.ofNullable(row.ratings().get(item))
                                .map(String::valueOf)
                                .orElse("")));
                cells.add(row.recommend().map(String::valueOf).orElse(""));
                cells.add(row.comment().orElse(""));
                writer.writeRecord(cells);
            });
        }));
        List<Object> itemEntries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            itemEntries.add(BundleBuilder.map("name", items.get(i), "column", "item " + (i + 1)));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", REACTION);
        if (!itemEntries.isEmpty()) {
            entry.put("items", itemEntries);
        }
        return Optional.of(entry);
    }

    /**
     * Level 2: one test per skill, from the participants with both scores, each in its own table
     * ({@code scores-1.csv}, … in the skills' alphabetical order). Should one skill have been
     * scored out of different maxima or pass marks, each is a test of its own, named with them.
     */
    private static List<Object> learning(List<ScoreRow> scores, Map<String, String> tables) {
        record Test(String skill, BigDecimal maximum, Optional<BigDecimal> passMark) {}
        Map<Test, List<ScoreRow>> tests = new LinkedHashMap<>();
        scores.forEach(row -> tests.computeIfAbsent(
                        new Test(
                                row.skill(),
                                row.maximum().stripTrailingZeros(),
                                row.passMark().map(BigDecimal::stripTrailingZeros)),
                        test -> new ArrayList<>())
                .add(row));
        Map<String, Long> perSkill =
                tests.keySet().stream().collect(Collectors.groupingBy(Test::skill, Collectors.counting()));
        List<Object> entries = new ArrayList<>();
        tests.forEach((test, rows) -> {
            String file = "scores-" + (entries.size() + 1) + ".csv";
            tables.put(file, Csv.of(writer -> {
                writer.writeRecord("person", "pre", "post");
                rows.forEach(row -> writer.writeRecord(
                        row.pseudonym(), BundleBuilder.plain(row.pre()), BundleBuilder.plain(row.post())));
            }));
            String name = perSkill.get(test.skill()) == 1
                    ? test.skill()
                    : test.skill() + " (maximum " + BundleBuilder.plain(test.maximum())
                            + test.passMark()
                                    .map(mark -> ", pass mark " + BundleBuilder.plain(mark))
                                    .orElse("")
                            + ")";
            Map<String, Object> entry =
                    BundleBuilder.map("name", name, "file", file, "maximum", BundleBuilder.number(test.maximum()));
            test.passMark().ifPresent(mark -> entry.put("passMark", BundleBuilder.number(mark)));
            entries.add(entry);
        });
        return entries;
    }

    /** Level 3: the participants' answers, their frequencies on the scale {@link #frequencyScale} orders. */
    private static Optional<Map<String, Object>> application(
            List<ApplicationRow> applications, Map<String, String> tables) {
        if (applications.isEmpty()) {
            return Optional.empty();
        }
        tables.put(APPLICATION, Csv.of(writer -> {
            writer.writeRecord(RESPONSE, "applying", "frequency", "barriers", "enablers");
            applications.forEach(row -> writer.writeRecord(
                    row.response(),
                    String.valueOf(row.applying()),
                    row.frequency().orElse(""),
                    row.barriers(),
                    row.enablers()));
        }));
        return Optional.of(BundleBuilder.map(
                "frequencyScale",
                frequencyScale(applications.stream()
                        .flatMap(row -> row.frequency().stream())
                        .toList()),
                "file",
                APPLICATION));
    }

    /** The distinct answers, from most to least often as {@link #FREQUENCY_ORDER} has them. */
    static List<String> frequencyScale(List<String> answers) {
        return answers.stream()
                .distinct()
                .sorted(Comparator.comparingInt(LevelTables::frequencyRank).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int frequencyRank(String answer) {
        String normal = answer.strip().toLowerCase(Locale.ROOT);
        for (int rank = 0; rank < FREQUENCY_ORDER.size(); rank++) {
            if (FREQUENCY_ORDER.get(rank).contains(normal)) {
                return rank;
            }
        }
        return FREQUENCY_ORDER.size();
    }

    /** The HR period that held on the day: the last begun on or before it, else the first. */
    static Period periodOn(List<Period> periods, LocalDate day) {
        if (periods.isEmpty()) {
            throw new IllegalStateException("A participant without any HR period");
        }
        Period found = periods.get(0);
        for (Period period : periods) {
            if (!period.from().isAfter(day)) {
                found = period;
            }
        }
        return found;
    }
}
