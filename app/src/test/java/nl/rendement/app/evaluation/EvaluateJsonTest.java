package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code evaluate --json} on the example files: valid against the published schema, and the summary's figures, unrounded. */
class EvaluateJsonTest {

    private static final Path EXAMPLES = Path.of("../examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            List<Path> files = folders.map(folder -> folder.resolve("evaluation.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(4);
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void printsOnlyADocumentValidAgainstThePublishedSchema(Path example) {
        Run run = run(example.toString(), "--json");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode document = ResultSchema.parse(run.out());
        assertThat(ResultSchema.errors(document)).isEmpty();
        assertThat(document.get("format").asString()).isEqualTo("rendement-evaluation-result/2");
    }

    @Test
    void givesTheCompleteCasesFiguresUnroundedAsTheSummaryShowsThem() {
        JsonNode json = json("complete-case", "--lang", "nl");
        String summary = run(example("complete-case"), "--lang", "en").out();

        JsonNode costs = json.get("costs");
        JsonNode roi = json.get("roi");
        assertThat(costs.get("kind").asString()).isEqualTo("costs");
        assertThat(amount(costs.get("total"))).startsWith("72951.428571428571");
        assertThat(cents(amount(costs.get("total")))).isEqualTo("72951.43");
        assertThat(amount(json.get("annualBenefits"))).isEqualTo("86136.00");
        assertThat(value(roi, "roiPercent")).startsWith("18.073081894019504");
        assertThat(value(roi, "benefitCostRatio")).startsWith("1.1807308189401950");
        assertThat(value(roi, "paybackMonths")).startsWith("10.163197");
        assertThat(value(roi, "verdict")).isEqualTo("FALLS_SHORT");
        assertThat(cents(value(json.get("roiNetOfReimbursements"), "roiPercent")))
                .isEqualTo("26.76");
        assertThat(value(json.get("roiNetOfReimbursements"), "verdict")).isEqualTo("MEETS_OBJECTIVE");
        assertThat(json.get("costs")
                        .get("reimbursed")
                        .get("value")
                        .get("amount")
                        .asString())
                .isEqualTo("5000");
        assertThat(json.get("range").get("iterations").asInt()).isEqualTo(10_000);
        assertThat(json.get("range").get("seed").asLong()).isEqualTo(20251126L);
        assertThat(summary)
                .contains(
                        "Costs, fully loaded: €" + grouped(amount(costs.get("total"))),
                        "Annual benefits: €" + grouped(amount(json.get("annualBenefits"))),
                        "BCR " + cents(value(roi, "benefitCostRatio")),
                        "ROI " + cents(value(roi, "roiPercent")) + "%",
                        "Payback: " + cents(value(roi, "paybackMonths")) + " months",
                        "ROI range p5–p95: " + percent(json.get("range").get("p5")) + " to "
                                + percent(json.get("range").get("p95")));
    }

    @Test
    void givesTheHalvedTurnoversFigures() {
        JsonNode json = json("turnover-halved");

        assertThat(cents(amount(json.get("annualBenefits")))).isEqualTo("312500.00");
        assertThat(cents(value(json.get("roi"), "roiPercent"))).isEqualTo("25.00");
        assertThat(json.get("measures").get(0).get("credible").asBoolean()).isTrue();
    }

    @Test
    void keepsEveryCandidateWithItsTierCredibilityAndTrail() {
        JsonNode measures = json("complete-case").get("measures");

        assertThat(measures).hasSize(2);
        for (JsonNode measure : measures) {
            JsonNode headline = measure.get("headline");
            assertThat(headline.get("credible").asBoolean()).isTrue();
            assertThat(headline.get("annualBenefit").get("trail")).isNotEmpty();
        }
        JsonNode alternatives = measures.get(0).get("alternatives");
        assertThat(alternatives).isNotEmpty();
        assertThat(alternatives.get(0).get("tier").asInt()).isBetween(1, 4);
    }

    @Test
    void aBrokenFileWithJsonExitsWith2AndPrintsNothingOnStandardOutput(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("evaluation.yaml"), "programme: [unclosed\n");

        Run broken = run(file.toString(), "--json");
        Run absent = run(folder.resolve("absent.yaml").toString(), "--json", "--lang", "nl");

        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).contains("This is not valid YAML");
        assertThat(absent.code()).isEqualTo(2);
        assertThat(absent.out()).isEmpty();
        assertThat(absent.err()).contains("bestaat niet");
    }

    private static JsonNode json(String example, String... more) {
        List<String> arguments = Stream.concat(Stream.of(example(example), "--json"), Stream.of(more))
                .toList();
        Run run = run(arguments.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return ResultSchema.parse(run.out());
    }

    private static String example(String name) {
        return EXAMPLES.resolve(name).resolve("evaluation.yaml").toString();
    }

    private static String amount(JsonNode tracedMoney) {
        assertThat(tracedMoney.get("value").get("currency").asString()).isEqualTo("EUR");
        return tracedMoney.get("value").get("amount").asString();
    }

    private static String value(JsonNode node, String field) {
        return node.get(field).get("value").asString();
    }

    private static String cents(String exact) {
        return new BigDecimal(exact).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String grouped(String exact) {
        return String.format(Locale.ROOT, "%,.2f", new BigDecimal(cents(exact)));
    }

    private static String percent(JsonNode statistic) {
        return cents(BigDecimal.valueOf(statistic.asDouble()).toPlainString()) + "%";
    }

    private static Run run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvaluateCommand.run(
                List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {}
}
