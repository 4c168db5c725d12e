package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schema of evaluation files agrees with the reader: what it accepts the reader
 * reads, and what it refuses the reader refuses, at the same field. The variants change the
 * complete case (copied with its tables) one way at a time.
 */
class EvaluationFileSchemaTest {

    private static final Path FILE = Path.of("../docs/schema/evaluation-file.schema.json");
    private static final JsonSchemaFile SCHEMA = JsonSchemaFile.read(FILE);
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path COMPLETE_CASE = EXAMPLES.resolve("complete-case");
    private static final String FORECAST = """
            forecast:
              expectedParticipants: 30
              costs:
                lines:
                  - {id: delivery, category: delivery, amount: 40000, date: 2026-01-15}
                zero: [needs-assessment]
              measures:
                - measure: deals
                  change: {low: 1, expected: 2, high: 3}
                  attribution: 50
                  confidence: 80%
                - measure: absence
                  change: {low: 0.5, expected: 1, high: 1.5}
                  attribution: 60
                  confidence: 70
                  conversion: {technique: estimate, value: 300, source: HR, year: 2026, confidence: 60}
            """;

    private static final String SCORES = "    file: scores.csv\n    maximum: 100\n    passMark: 70";

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheCompleteCase() throws IOException {
        try (Stream<Path> files = Files.list(COMPLETE_CASE)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            return folders
                    .map(example -> example.resolve("evaluation.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidAndRead(Path file) throws IOException {
        assertThat(SCHEMA.errors(YamlJson.of(Files.readString(file)))).isEmpty();
        assertThat(EvaluationFileReader.read(file)).isInstanceOf(EvaluationFileResult.Read.class);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                arguments("a percentage with %", "employerCosts: 30 ", "employerCosts: 30% "),
                arguments("yes in Dutch", "vatReclaimable: true", "vatReclaimable: ja"),
                arguments("a number as text", "programme: Consultative selling", "programme: 2025"),
                arguments(
                        "a table with its conventions",
                        "participants: participants.csv",
                        "participants: {path: participants.csv, numbers: english, dates: day-month}"),
                arguments("a justified horizon", "  months: 12", "  months: 24\n  justification: Two years of data"),
                arguments(
                        "a benefit isolated outside, in dollars",
                        "      controlGroup:",
                        "      outside:\n        - {benefit: 1000, currency: USD, source: Finance, method: Ledger,"
                                + " date: 2025-01-15}\n      controlGroup:"),
                arguments(
                        "a control group with a pre-period said so",
                        "randomAssignment: false",
                        "randomAssignment: false\n        prePeriod: ja"),
                arguments(
                        "two named tests",
                        SCORES,
                        "    - {name: Selling, file: scores.csv, maximum: 100, passMark: 70}\n"
                                + "    - {name: Listening, file: scores.csv, maximum: 100}"),
                arguments("a named test", SCORES, "    name: Selling\n" + SCORES),
                arguments("time to threshold with an estimated value", "costs:\n", """
                          - id: ramp-up
                            name: Months to full productivity
                            unit: months
                            direction: lower-is-better
                            period: month
                            aggregation: time-to-threshold
                            thresholdShare: 80%
                            tenuredMedian: {value: 10, basis: Tenured staff 2024}
                            conversion:
                              technique: estimate
                              value: 100
                              source: HR
                              year: 2025
                              confidence: 70
                              range: {low: 50, high: 150}
                        costs:
                          lines:
                            - {id: coach, category: delivery, amount: 10, recurrence: yearly, date: 2025-03-01}
                            - {id: kit, category: delivery, amount: 10, expectedParticipants: 4, date: 2025-03-01}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void variantsTheSchemaAcceptsAreRead(String change, String original, String replacement) throws IOException {
        Path file = variant(original, replacement);

        assertThat(SCHEMA.errors(YamlJson.of(Files.readString(file)))).isEmpty();
        assertThat(EvaluationFileReader.read(file)).isInstanceOf(EvaluationFileResult.Read.class);
    }

    static Stream<Arguments> invalid() {
        String outside =
                "      outside:\n        - {%ssource: HR, method: Count, date: 2025-01-15}\n      controlGroup:";
        return Stream.of(
                arguments("unknown field", "programme: Consultative selling", "$0\nprogramm: Typo", "programm"),
                arguments(
                        "unknown nested field",
                        "      value: 400",
                        "$0\n      worth: 400",
                        "measures[0].conversion.worth"),
                arguments("missing measure field", "    unit: deals\n", "", "measures[0].unit"),
                arguments("missing setting", "  reportingCurrency: EUR\n", "", "settings.reportingCurrency"),
                arguments("unknown choice", "higher-is-better", "upwards", "measures[0].direction"),
                arguments("share of 150", "  k: 5", "$0\n  discountRate: 150", "settings.discountRate"),
                arguments("share of 150%", "  k: 5", "$0\n  discountRate: 150%", "settings.discountRate"),
                arguments("negative amount", "      value: 400", "      value: -400", "measures[0].conversion.value"),
                arguments(
                        "not a number",
                        "hoursWorkedPerFteYear: 1600",
                        "hoursWorkedPerFteYear: lots",
                        "settings.hoursWorkedPerFteYear"),
                arguments(
                        "not a date",
                        "      date: 2025-03-01",
                        "      date: 01-03-2025",
                        "costs.reimbursements[0].date"),
                arguments(
                        "unknown currency",
                        "reportingCurrency: EUR",
                        "reportingCurrency: euros",
                        "settings.reportingCurrency"),
                arguments(
                        "on is not yes",
                        "randomAssignment: false",
                        "randomAssignment: on",
                        "measures[1].isolation.controlGroup.randomAssignment"),
                arguments(
                        "random assignment without a pre-period",
                        "randomAssignment: false",
                        "randomAssignment: true\n        prePeriod: false",
                        "measures[1].isolation.controlGroup"),
                arguments(
                        "a pre-period neither yes nor no",
                        "randomAssignment: false",
                        "$0\n        prePeriod: sometimes",
                        "measures[1].isolation.controlGroup.prePeriod"),
                arguments(
                        "improvement and benefit",
                        "      controlGroup:",
                        outside.formatted("improvement: 1, benefit: 2, "),
                        "measures[1].isolation.outside[0]"),
                arguments(
                        "neither improvement nor benefit",
                        "      controlGroup:",
                        outside.formatted(""),
                        "measures[1].isolation.outside[0]"),
                arguments(
                        "a currency beside an improvement",
                        "      controlGroup:",
                        outside.formatted("improvement: 1, currency: USD, "),
                        "measures[1].isolation.outside[0].currency"),
                arguments(
                        "threshold share without time to threshold",
                        "    aggregation: sum",
                        "$0\n    thresholdShare: 80",
                        "measures[0]"),
                arguments(
                        "time to threshold without threshold share",
                        "aggregation: sum",
                        "aggregation: time-to-threshold",
                        "measures[0]"),
                arguments(
                        "confidence without an estimate",
                        "      value: 400",
                        "$0\n      confidence: 70",
                        "measures[0].conversion"),
                arguments(
                        "unknown table convention",
                        "participants: participants.csv",
                        "participants: {path: participants.csv, numbers: french}",
                        "participants.numbers"),
                arguments(
                        "table without its path",
                        "participants: participants.csv",
                        "participants: {file: participants.csv}",
                        "participants"),
                arguments(
                        "a test of a list without its name",
                        SCORES,
                        "    - {name: Selling, file: scores.csv, maximum: 100}\n    - {file: scores.csv, maximum: 100}",
                        "levels.learning[1].name"),
                arguments(
                        "a test of a list without its maximum",
                        SCORES,
                        "    - {name: Selling, file: scores.csv}",
                        "levels.learning[0].maximum"),
                arguments(
                        "a test of a list with a blank name",
                        SCORES,
                        "    - {name: ' ', file: scores.csv, maximum: 100}",
                        "levels.learning[0]"),
                arguments(
                        "a test of a list with an unknown field",
                        SCORES,
                        "    - {name: Selling, file: scores.csv, maximum: 100, pass: 70}",
                        "levels.learning[0].pass"),
                arguments("k of 1", "  k: 5", "  k: 1", "settings"),
                arguments("horizon of 121 months", "  months: 12", "  months: 121\n  justification: Long", "horizon"),
                arguments("horizon without justification", "  months: 12", "  months: 24", "horizon"),
                arguments("horizon not a mapping", "horizon:\n  months: 12", "horizon: 12", "horizon"),
                arguments("zero not a list", "  file: costs.csv", "$0\n  zero: overhead", "costs.zero"),
                arguments(
                        "a yearly cost prorated",
                        "  file: costs.csv",
                        "$0\n  lines:\n    - {id: x, category:"
                                + " overhead, amount: 1, recurrence: yearly, expectedParticipants: 4, date: 2025-03-01}",
                        "costs.lines[0]"),
                arguments("a blank source", "source: ECB reference rate", "source: ' '", "exchangeRates[0]"),
                arguments(
                        "a target off the scale",
                        "column: Relevantie, target: 4",
                        "column: Relevantie, target: 6",
                        "levels.reaction"),
                arguments(
                        "a repeated frequency",
                        "[never, monthly, weekly, daily]",
                        "[never, monthly, weekly, daily, daily]",
                        "levels.application"),
                arguments(
                        "forecast without attribution",
                        "",
                        FORECAST.replace("      attribution: 50\n", ""),
                        "forecast"),
                arguments("forecast without costs", "", FORECAST.replace("  costs:\n", "  spending:\n"), "forecast"),
                arguments(
                        "forecast of no one", "", FORECAST.replace("Participants: 30", "Participants: 0"), "forecast"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void variantsTheSchemaRefusesTheReaderRefusesAtTheSameField(
            String change, String original, String replacement, String field) throws IOException {
        Path file = variant(original, replacement.replace("$0", original));

        String at = "/" + field.replace("[", ".").replace("]", "").replace('.', '/');
        String parent = at.substring(0, at.lastIndexOf('/'));
        assertThat(SCHEMA.locations(YamlJson.of(Files.readString(file))))
                .as("where the schema refuses it: at, under or (a missing or unknown field) beside %s", at)
                .anyMatch(location -> location.equals(at) || location.startsWith(at + "/") || location.equals(parent));
        assertThat(problems(file))
                .extracting(EvaluationProblem::field)
                .as("where the reader refuses it: at or under %s", field)
                .anyMatch(problem ->
                        problem.equals(field) || problem.startsWith(field + ".") || problem.startsWith(field + "["));
    }

    @Test
    void aForecastIsValidAndRead() throws IOException {
        Path file = variant("", FORECAST);

        assertThat(SCHEMA.errors(YamlJson.of(Files.readString(file)))).isEmpty();
        assertThat(EvaluationFileReader.read(file)).isInstanceOf(EvaluationFileResult.Read.class);
    }

    @Test
    void everyFieldIsDescribed() throws IOException {
        JsonNode schema = JsonMapper.shared().readTree(Files.readString(FILE));
        List<String> undescribed = new ArrayList<>();
        undescribed(schema, schema, "", undescribed);

        assertThat(undescribed).isEmpty();
    }

    /** Conditions name fields already described where they are defined. */
    private static final Set<String> CONDITIONS = Set.of("if", "then", "else", "not");

    /** The properties below the node with no description of their own or through their {@code $ref}. */
    private static void undescribed(JsonNode schema, JsonNode node, String at, List<String> undescribed) {
        node.properties().forEach(entry -> {
            if (entry.getKey().equals("properties")) {
                entry.getValue().properties().forEach(property -> {
                    JsonNode value = property.getValue();
                    JsonNode target = value.has("$ref")
                            ? schema.at(value.get("$ref").asString().substring(1))
                            : value;
                    if (!value.has("description") && !target.has("description")) {
                        undescribed.add(at + "/" + property.getKey());
                    }
                });
            }
            if (entry.getValue().isContainer() && !CONDITIONS.contains(entry.getKey())) {
                undescribed(schema, entry.getValue(), at + "/" + entry.getKey(), undescribed);
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                undescribed(schema, node.get(i), at + "/" + i, undescribed);
            }
        }
    }

    /**
     * The complete case without its forecast, with the original text (written once) replaced; with the
     * replacement appended when empty.
     */
    private Path variant(String original, String replacement) throws IOException {
        String complete = Files.readString(COMPLETE_CASE.resolve("evaluation.yaml"));
        String yaml = complete.substring(0, complete.indexOf("\nforecast:") + 1);
        if (original.isEmpty()) {
            yaml += replacement;
        } else {
            assertThat(yaml.indexOf(original)).as(original).isNotNegative().isEqualTo(yaml.lastIndexOf(original));
            yaml = yaml.replace(original, replacement);
        }
        Path file = folder.resolve("evaluation.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static List<EvaluationProblem> problems(Path file) {
        EvaluationFileResult result = EvaluationFileReader.read(file);
        assertThat(result).isInstanceOf(EvaluationFileResult.Problems.class);
        return ((EvaluationFileResult.Problems) result).problems();
    }
}
