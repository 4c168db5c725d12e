package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.rendement.app.evaluation.EvaluationProblem.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * One valid evaluation file, spoiled one way at a time: each problem names the file, the line or
 * row, the field or column, and says what is wrong in English and Dutch.
 */
class MalformedFilesTest {

    private static final String YAML = """
            programme: Supervisor skills
            settings:
              reportingCurrency: EUR
              employerCosts: 30
              hoursWorkedPerFteYear: 1600
            participants: participants.csv
            measures:
              - id: grievances
                name: Grievances
                unit: grievances
                direction: lower-is-better
                period: month
                conversion:
                  technique: expert
                  value: 6500
                  source: Labour-relations expert
                  year: 2025
                isolation:
                  estimates:
                    - source: manager
                      asked: 2
                      file: estimates.csv
            costs:
              file: costs.csv
              lines:
                - id: delivery
                  category: delivery
                  amount: 120000
                  date: 2025-03-01
              zero: [needs-assessment]
            """;
    private static final String ESTIMATES = """
            respondent,improvement,attribution,confidence,basis
            S1,12.5,80,70,Grievance log
            S2,10,50,60,Grievance log
            """;
    private static final String COSTS = """
            id,category,amount,currency,date
            venue,delivery,5000,EUR,2025-03-01
            """;
    private static final String PARTICIPANTS = """
            id,cohort,start
            P01,Cohort 1,2025-03-01
            P02,Cohort 1,2025-03-01
            """;
    private static final String EVALUATION = "evaluation.yaml";

    @TempDir
    Path folder;

    static Stream<Arguments> spoiled() {
        return Stream.of(
                arguments(
                        "missing field",
                        EVALUATION,
                        "    unit: grievances",
                        "    # no unit",
                        EVALUATION,
                        Place.LINE,
                        8,
                        "measures[0].unit",
                        "evaluation.yaml, line 8, field “measures[0].unit”: This field is required.",
                        "evaluation.yaml, regel 8, veld “measures[0].unit”: Dit veld is verplicht."),
                arguments(
                        "wrong type",
                        EVALUATION,
                        "hoursWorkedPerFteYear: 1600",
                        "hoursWorkedPerFteYear: lots",
                        EVALUATION,
                        Place.LINE,
                        5,
                        "settings.hoursWorkedPerFteYear",
                        "evaluation.yaml, line 5, field “settings.hoursWorkedPerFteYear”: “lots” is not a number.",
                        "evaluation.yaml, regel 5, veld “settings.hoursWorkedPerFteYear”: “lots” is geen getal."),
                arguments(
                        "unknown enum value",
                        EVALUATION,
                        "direction: lower-is-better",
                        "direction: downwards",
                        EVALUATION,
                        Place.LINE,
                        11,
                        "measures[0].direction",
                        "evaluation.yaml, line 11, field “measures[0].direction”: “downwards” is not one of:"
                                + " higher-is-better, lower-is-better.",
                        "evaluation.yaml, regel 11, veld “measures[0].direction”: “downwards” is niet een van:"
                                + " higher-is-better, lower-is-better."),
                arguments(
                        "percentage above 100 in the file",
                        EVALUATION,
                        "  hoursWorkedPerFteYear: 1600",
                        "  hoursWorkedPerFteYear: 1600\n  discountRate: 150",
                        EVALUATION,
                        Place.LINE,
                        6,
                        "settings.discountRate",
                        "evaluation.yaml, line 6, field “settings.discountRate”: “150” is not a percentage from 0 to 100.",
                        "evaluation.yaml, regel 6, veld “settings.discountRate”: “150” is geen percentage van 0 tot 100."),
                arguments(
                        "percentage above 100 in a table",
                        "estimates.csv",
                        "S1,12.5,80,70",
                        "S1,12.5,180,70",
                        "estimates.csv",
                        Place.ROW,
                        2,
                        "attribution",
                        "estimates.csv, row 2, column “attribution”, value “180”: “180” is not a percentage from 0 to 100.",
                        "estimates.csv, rij 2, kolom “attribution”, waarde “180”: “180” is geen percentage van 0 tot 100."),
                arguments(
                        "negative amount",
                        EVALUATION,
                        "amount: 120000",
                        "amount: -5",
                        EVALUATION,
                        Place.LINE,
                        28,
                        "costs.lines[0].amount",
                        "evaluation.yaml, line 28, field “costs.lines[0].amount”: “-5” cannot be negative.",
                        "evaluation.yaml, regel 28, veld “costs.lines[0].amount”: “-5” kan niet negatief zijn."),
                arguments(
                        "unknown file",
                        EVALUATION,
                        "file: estimates.csv",
                        "file: estimate.csv",
                        EVALUATION,
                        Place.LINE,
                        22,
                        "measures[0].isolation.estimates[0].file",
                        "evaluation.yaml, line 22, field “measures[0].isolation.estimates[0].file”: The file"
                                + " “estimate.csv” does not exist (paths are relative to the evaluation file).",
                        "evaluation.yaml, regel 22, veld “measures[0].isolation.estimates[0].file”: Het bestand"
                                + " “estimate.csv” bestaat niet (paden gelden vanaf het evaluatiebestand)."),
                arguments(
                        "duplicate id",
                        "costs.csv",
                        "venue,",
                        "delivery,",
                        "costs.csv",
                        Place.ROW,
                        2,
                        "id",
                        "costs.csv, row 2, column “id”, value “delivery”: “delivery” is used more than once.",
                        "costs.csv, rij 2, kolom “id”, waarde “delivery”: “delivery” wordt meer dan eens gebruikt."),
                arguments(
                        "currency without a rate",
                        "costs.csv",
                        "EUR",
                        "USD",
                        "costs.csv",
                        Place.ROW,
                        2,
                        "currency",
                        "costs.csv, row 2, column “currency”, value “USD”: No exchange rate converts USD to EUR;"
                                + " add one under exchangeRates.",
                        "costs.csv, rij 2, kolom “currency”, waarde “USD”: Geen wisselkoers rekent USD om naar EUR;"
                                + " voeg er een toe onder exchangeRates."),
                arguments(
                        "refused by the engine",
                        EVALUATION,
                        "asked: 2",
                        "asked: 1",
                        EVALUATION,
                        Place.LINE,
                        20,
                        "measures[0].isolation.estimates[0]",
                        "evaluation.yaml, line 20, field “measures[0].isolation.estimates[0]”: The calculation"
                                + " refuses this: 2 responses from 1 asked (MANAGER)",
                        "evaluation.yaml, regel 20, veld “measures[0].isolation.estimates[0]”: De berekening"
                                + " weigert dit: 2 responses from 1 asked (MANAGER)"),
                arguments(
                        "not a number in a table",
                        "estimates.csv",
                        "S2,10,",
                        "S2,ten,",
                        "estimates.csv",
                        Place.ROW,
                        3,
                        "improvement",
                        "estimates.csv, row 3, column “improvement”, value “ten”: This is not a number.",
                        "estimates.csv, rij 3, kolom “improvement”, waarde “ten”: Dit is geen getal."),
                arguments(
                        "unknown field",
                        EVALUATION,
                        "    name: Grievances",
                        "    name: Grievances\n    colour: blue",
                        EVALUATION,
                        Place.LINE,
                        10,
                        "measures[0].colour",
                        "evaluation.yaml, line 10, field “measures[0].colour”: There is no such field; check its"
                                + " spelling.",
                        "evaluation.yaml, regel 10, veld “measures[0].colour”: Dit veld bestaat niet; controleer de"
                                + " spelling."),
                arguments(
                        "not a date",
                        EVALUATION,
                        "date: 2025-03-01",
                        "date: 1 March",
                        EVALUATION,
                        Place.LINE,
                        29,
                        "costs.lines[0].date",
                        "evaluation.yaml, line 29, field “costs.lines[0].date”: “1 March” is not a date; write"
                                + " yyyy-mm-dd.",
                        "evaluation.yaml, regel 29, veld “costs.lines[0].date”: “1 March” is geen datum; schrijf"
                                + " jjjj-mm-dd."),
                arguments(
                        "YAML syntax",
                        EVALUATION,
                        "  employerCosts: 30",
                        "  employerCosts: [30",
                        EVALUATION,
                        Place.LINE,
                        5,
                        "",
                        "evaluation.yaml, line 5: This is not valid YAML: expected ',' or ']', but got :",
                        "evaluation.yaml, regel 5: Dit is geen geldige YAML: expected ',' or ']', but got :"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiled")
    void saysWhereAndWhatInEnglishAndDutch(
            String name,
            String spoiledFile,
            String from,
            String to,
            String file,
            Place place,
            int position,
            String field,
            String english,
            String dutch)
            throws IOException {
        Map<String, String> files = valid();
        assertThat(files.get(spoiledFile))
                .as("the valid file holds the text to spoil")
                .contains(from);
        files.put(spoiledFile, files.get(spoiledFile).replace(from, to));

        List<EvaluationProblem> problems = problems(files);

        assertThat(problems)
                .filteredOn(problem -> problem.field().equals(field))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.place()).isEqualTo(place);
                    assertThat(problem.position()).isEqualTo(position);
                    assertThat(problem.message(bundles(), Locale.ENGLISH)).isEqualTo(english);
                    assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                            .isEqualTo(dutch);
                });
    }

    @Test
    void readsTheValidFile() throws IOException {
        write(valid());

        assertThat(EvaluationFileReader.read(folder.resolve(EVALUATION))).isInstanceOf(EvaluationFileResult.Read.class);
    }

    @Test
    void reportsTheEnginesRefusalOfARowAtThatRow() throws IOException {
        Map<String, String> files = valid();
        files.put("participants.csv", "id,cohort,start,completed\nP01,Cohort 1,2025-03-01,2025-02-01\n");

        assertThat(problems(files)).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo(Place.ROW);
            assertThat(problem.message(bundles(), Locale.ENGLISH))
                    .isEqualTo("participants.csv, row 2: The calculation refuses this: Participant P01 completes"
                            + " before starting");
            assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                    .isEqualTo("participants.csv, rij 2: De berekening weigert dit: Participant P01 completes"
                            + " before starting");
        });
    }

    @Test
    void readsTablesWithDutchHeadersAndNumbers() throws IOException {
        Map<String, String> files = valid();
        files.put("estimates.csv", """
                Respondent;Verbetering;Toeschrijving;Zekerheid;Onderbouwing
                S1;12,5;80%;70%;Klachtenregister
                S2;10;50;60;Klachtenregister
                """);
        write(files);

        EvaluationFileResult read = EvaluationFileReader.read(folder.resolve(EVALUATION));

        assertThat(read).isInstanceOf(EvaluationFileResult.Read.class);
        assertThat(((EvaluationFileResult.Read) read)
                        .evaluation()
                        .measures()
                        .get(0)
                        .estimates()
                        .get(0)
                        .responses())
                .extracting(estimate -> estimate.improvement().toPlainString())
                .containsExactly("12.5", "10");
    }

    @Test
    void collectsEveryProblemAtOnce() throws IOException {
        Map<String, String> files = valid();
        files.put(
                EVALUATION,
                YAML.replace("1600", "lots")
                        .replace("lower-is-better", "downwards")
                        .replace("120000", "-5"));
        files.put("estimates.csv", ESTIMATES.replace("S2,10,", "S2,ten,"));

        assertThat(problems(files))
                .extracting(EvaluationProblem::field)
                .containsExactlyInAnyOrder(
                        "settings.hoursWorkedPerFteYear",
                        "measures[0].direction",
                        "costs.lines[0].amount",
                        "improvement");
    }

    @Test
    void namesAMissingEvaluationFile() {
        EvaluationFileResult read = EvaluationFileReader.read(folder.resolve("absent.yaml"));

        assertThat(((EvaluationFileResult.Problems) read).problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message(bundles(), Locale.ENGLISH))
                        .isEqualTo("absent.yaml: The file “absent.yaml” does not exist (paths are relative to the"
                                + " evaluation file)."));
    }

    private static Map<String, String> valid() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(EVALUATION, YAML);
        files.put("estimates.csv", ESTIMATES);
        files.put("costs.csv", COSTS);
        files.put("participants.csv", PARTICIPANTS);
        return files;
    }

    private List<EvaluationProblem> problems(Map<String, String> files) throws IOException {
        write(files);
        EvaluationFileResult read = EvaluationFileReader.read(folder.resolve(EVALUATION));
        assertThat(read).isInstanceOf(EvaluationFileResult.Problems.class);
        return ((EvaluationFileResult.Problems) read).problems();
    }

    private void write(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
