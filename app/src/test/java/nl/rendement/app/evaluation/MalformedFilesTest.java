package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.rendement.app.evaluation.EvaluationProblem.Place;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
            levels:
              reaction:
                file: reaction.csv
                items:
                  - {name: Relevance, target: 4}
              learning:
                file: scores.csv
                maximum: 100
              application:
                frequencyScale: [never, weekly]
                file: application.csv
            """;
    private static final String REACTION = """
            relevance,recommend,comment
            4,9,Useful
            5,10,
            """;
    private static final String SCORES = """
            person,pre,post
            P01,55,80
            P02,60,72
            """;
    private static final String APPLICATION = """
            applying,frequency,barriers
            yes,weekly,Lack of time
            no,never,Lack of time|No manager support
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
    private static final String LEARNING = "  learning:\n    file: scores.csv\n    maximum: 100\n";

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
                        "more responses than people asked",
                        EVALUATION,
                        "asked: 2",
                        "asked: 1",
                        EVALUATION,
                        Place.LINE,
                        21,
                        "measures[0].isolation.estimates[0].asked",
                        "evaluation.yaml, line 21, field “measures[0].isolation.estimates[0].asked”: 2 people"
                                + " answered, but only 1 were asked.",
                        "evaluation.yaml, regel 21, veld “measures[0].isolation.estimates[0].asked”: 2 mensen"
                                + " antwoordden, maar er zijn er maar 1 gevraagd."),
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
                        "neither yes nor no in a table",
                        "application.csv",
                        "yes,weekly",
                        "perhaps,weekly",
                        "application.csv",
                        Place.ROW,
                        2,
                        "applying",
                        "application.csv, row 2, column “applying”, value “perhaps”: This is neither yes nor no.",
                        "application.csv, rij 2, kolom “applying”, waarde “perhaps”: Dit is geen ja of nee."),
                arguments(
                        "a rating off its scale",
                        "reaction.csv",
                        "4,9,",
                        "7,9,",
                        "reaction.csv",
                        Place.ROW,
                        2,
                        "relevance",
                        "reaction.csv, row 2, column “relevance”, value “7”: “7” is not on the scale from 1 to 5.",
                        "reaction.csv, rij 2, kolom “relevance”, waarde “7”: “7” ligt niet op de schaal van 1 tot 5."),
                arguments(
                        "a recommend answer off its scale",
                        "reaction.csv",
                        "5,10,",
                        "5,11,",
                        "reaction.csv",
                        Place.ROW,
                        3,
                        "recommend",
                        "reaction.csv, row 3, column “recommend”, value “11”: “11” is not on the scale from 0 to 10.",
                        "reaction.csv, rij 3, kolom “recommend”, waarde “11”: “11” ligt niet op de schaal van 0 tot"
                                + " 10."),
                arguments(
                        "a rating item that no response answers",
                        EVALUATION,
                        "{name: Relevance, target: 4}",
                        "{name: Relevance, column: relevancy, target: 4}",
                        EVALUATION,
                        Place.LINE,
                        35,
                        "levels.reaction.items[0].column",
                        "evaluation.yaml, line 35, field “levels.reaction.items[0].column”: No response answers in"
                                + " column “relevancy” of reaction.csv: check that the column is there and spelled as"
                                + " in the file.",
                        "evaluation.yaml, regel 35, veld “levels.reaction.items[0].column”: Geen enkel antwoord in"
                                + " kolom “relevancy” van reaction.csv: controleer of de kolom er is en zo gespeld is"
                                + " als in het bestand."),
                arguments(
                        "a score above the test's maximum",
                        "scores.csv",
                        "P02,60,72",
                        "P02,60,172",
                        "scores.csv",
                        Place.ROW,
                        3,
                        "post",
                        "scores.csv, row 3, column “post”, value “172”: “172” is above the test's maximum score of"
                                + " 100.",
                        "scores.csv, rij 3, kolom “post”, waarde “172”: “172” is hoger dan de maximumscore van de"
                                + " toets, 100."),
                arguments(
                        "a frequency not on the survey's scale",
                        "application.csv",
                        "yes,weekly",
                        "yes,daily",
                        "application.csv",
                        Place.ROW,
                        2,
                        "frequency",
                        "application.csv, row 2, column “frequency”, value “daily”: “daily” is not one of: never,"
                                + " weekly.",
                        "application.csv, rij 2, kolom “frequency”, waarde “daily”: “daily” is niet een van: never,"
                                + " weekly."),
                arguments(
                        "an unknown number style for a table",
                        EVALUATION,
                        "    file: scores.csv",
                        "    file: {path: scores.csv, sheet: Scores, numbers: german}",
                        EVALUATION,
                        Place.LINE,
                        37,
                        "levels.learning.file.numbers",
                        "evaluation.yaml, line 37, field “levels.learning.file.numbers”: “german” is not one of:"
                                + " dutch, english.",
                        "evaluation.yaml, regel 37, veld “levels.learning.file.numbers”: “german” is niet een van:"
                                + " dutch, english."),
                arguments(
                        "a test of a list without its name",
                        EVALUATION,
                        LEARNING,
                        twoTests("    - name: Feedback\n", "    - "),
                        EVALUATION,
                        Place.LINE,
                        40,
                        "levels.learning[1].name",
                        "evaluation.yaml, line 40, field “levels.learning[1].name”: This field is required.",
                        "evaluation.yaml, regel 40, veld “levels.learning[1].name”: Dit veld is verplicht."),
                arguments(
                        "two tests of a list with one name",
                        EVALUATION,
                        LEARNING,
                        twoTests("    - name: Feedback\n", "    - name: Feedback\n      "),
                        EVALUATION,
                        Place.LINE,
                        40,
                        "levels.learning[1].name",
                        "evaluation.yaml, line 40, field “levels.learning[1].name”: “Feedback” is used more than"
                                + " once.",
                        "evaluation.yaml, regel 40, veld “levels.learning[1].name”: “Feedback” wordt meer dan eens"
                                + " gebruikt."),
                arguments(
                        "a test of a list without its file",
                        EVALUATION,
                        LEARNING,
                        "  learning:\n    - name: Feedback\n      file: scores.csv\n      maximum: 100\n"
                                + "    - name: Coaching\n      maximum: 100\n",
                        EVALUATION,
                        Place.LINE,
                        40,
                        "levels.learning[1].file",
                        "evaluation.yaml, line 40, field “levels.learning[1].file”: This field is required.",
                        "evaluation.yaml, regel 40, veld “levels.learning[1].file”: Dit veld is verplicht."),
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
                        "evaluation.yaml, regel 5: Dit is geen geldige YAML: expected ',' or ']', but got :"),
                arguments(
                        "empty file",
                        EVALUATION,
                        YAML,
                        "",
                        EVALUATION,
                        Place.LINE,
                        1,
                        "",
                        "evaluation.yaml, line 1: The evaluation file is empty.",
                        "evaluation.yaml, regel 1: Het evaluatiebestand is leeg."),
                arguments(
                        "field written twice",
                        EVALUATION,
                        "  employerCosts: 30",
                        "  employerCosts: 30\n  employerCosts: 31",
                        EVALUATION,
                        Place.LINE,
                        5,
                        "settings.employerCosts",
                        "evaluation.yaml, line 5, field “settings.employerCosts”: This field appears more than once.",
                        "evaluation.yaml, regel 5, veld “settings.employerCosts”: Dit veld staat er meer dan eens."),
                arguments(
                        "a list where fields are expected",
                        EVALUATION,
                        "participants: participants.csv",
                        "horizon: [12]\nparticipants: participants.csv",
                        EVALUATION,
                        Place.LINE,
                        6,
                        "horizon",
                        "evaluation.yaml, line 6, field “horizon”: Fields (name: value) belong here.",
                        "evaluation.yaml, regel 6, veld “horizon”: Hier horen velden (naam: waarde)."),
                arguments(
                        "a single value where a list is expected",
                        EVALUATION,
                        "zero: [needs-assessment]",
                        "zero: needs-assessment",
                        EVALUATION,
                        Place.LINE,
                        30,
                        "costs.zero",
                        "evaluation.yaml, line 30, field “costs.zero”: A list (lines starting with “-”) belongs here.",
                        "evaluation.yaml, regel 30, veld “costs.zero”: Hier hoort een lijst (regels die met “-”"
                                + " beginnen)."),
                arguments(
                        "a list where a single value is expected",
                        EVALUATION,
                        "programme: Supervisor skills",
                        "programme: [Supervisor skills, Coaching]",
                        EVALUATION,
                        Place.LINE,
                        1,
                        "programme",
                        "evaluation.yaml, line 1, field “programme”: A single value belongs here, not a list or"
                                + " fields.",
                        "evaluation.yaml, regel 1, veld “programme”: Hier hoort één waarde, geen lijst of velden."),
                arguments(
                        "not a whole number",
                        EVALUATION,
                        "year: 2025",
                        "year: 2025.5",
                        EVALUATION,
                        Place.LINE,
                        17,
                        "measures[0].conversion.year",
                        "evaluation.yaml, line 17, field “measures[0].conversion.year”: “2025.5” is not a whole"
                                + " number.",
                        "evaluation.yaml, regel 17, veld “measures[0].conversion.year”: “2025.5” is geen geheel"
                                + " getal."),
                arguments(
                        "not yes or no",
                        EVALUATION,
                        "  employerCosts: 30",
                        "  employerCosts: 30\n  vatReclaimable: maybe",
                        EVALUATION,
                        Place.LINE,
                        5,
                        "settings.vatReclaimable",
                        "evaluation.yaml, line 5, field “settings.vatReclaimable”: “maybe” is neither true nor false.",
                        "evaluation.yaml, regel 5, veld “settings.vatReclaimable”: “maybe” is niet true of false."),
                arguments(
                        "not more than zero",
                        EVALUATION,
                        "hoursWorkedPerFteYear: 1600",
                        "hoursWorkedPerFteYear: 0",
                        EVALUATION,
                        Place.LINE,
                        5,
                        "settings.hoursWorkedPerFteYear",
                        "evaluation.yaml, line 5, field “settings.hoursWorkedPerFteYear”: “0” must be more than 0.",
                        "evaluation.yaml, regel 5, veld “settings.hoursWorkedPerFteYear”: “0” moet groter zijn dan 0."),
                arguments(
                        "an exchange rate of zero",
                        EVALUATION,
                        "costs:\n  file",
                        "exchangeRates:\n  - {from: USD, to: EUR, rate: 0, date: 2025-02-28, source: ECB}\ncosts:\n  file",
                        EVALUATION,
                        Place.LINE,
                        24,
                        "exchangeRates[0].rate",
                        "evaluation.yaml, line 24, field “exchangeRates[0].rate”: “0” must be more than 0.",
                        "evaluation.yaml, regel 24, veld “exchangeRates[0].rate”: “0” moet groter zijn dan 0."),
                arguments(
                        "unknown currency code",
                        "costs.csv",
                        "EUR",
                        "EURO",
                        "costs.csv",
                        Place.ROW,
                        2,
                        "currency",
                        "costs.csv, row 2, column “currency”, value “EURO”: “EURO” is not a currency code such as EUR"
                                + " or USD.",
                        "costs.csv, rij 2, kolom “currency”, waarde “EURO”: “EURO” is geen valutacode zoals EUR of"
                                + " USD."),
                arguments(
                        "unknown cost category in a table",
                        "costs.csv",
                        "venue,delivery",
                        "venue,catering",
                        "costs.csv",
                        Place.ROW,
                        2,
                        "category",
                        "costs.csv, row 2, column “category”, value “catering”: “catering” is not one of:"
                                + " needs-assessment, design-and-development, acquisition, delivery, participant-time,"
                                + " capital, overhead, evaluation-and-reporting.",
                        "costs.csv, rij 2, kolom “category”, waarde “catering”: “catering” is niet een van:"
                                + " needs-assessment, design-and-development, acquisition, delivery, participant-time,"
                                + " capital, overhead, evaluation-and-reporting."),
                arguments(
                        "negative amount in a table",
                        "costs.csv",
                        "5000",
                        "-5000",
                        "costs.csv",
                        Place.ROW,
                        2,
                        "amount",
                        "costs.csv, row 2, column “amount”, value “-5000”: “-5000” cannot be negative.",
                        "costs.csv, rij 2, kolom “amount”, waarde “-5000”: “-5000” kan niet negatief zijn."),
                arguments(
                        "duplicate measure id",
                        EVALUATION,
                        "costs:\n  file",
                        "  - id: grievances\n    name: Grievances again\n    unit: grievances\n"
                                + "    direction: lower-is-better\n    period: month\ncosts:\n  file",
                        EVALUATION,
                        Place.LINE,
                        23,
                        "measures[1].id",
                        "evaluation.yaml, line 23, field “measures[1].id”: “grievances” is used more than once.",
                        "evaluation.yaml, regel 23, veld “measures[1].id”: “grievances” wordt meer dan eens gebruikt."),
                arguments(
                        "duplicate estimate source",
                        EVALUATION,
                        "          file: estimates.csv",
                        "          file: estimates.csv\n        - source: manager\n          asked: 2\n"
                                + "          file: estimates.csv",
                        EVALUATION,
                        Place.LINE,
                        23,
                        "measures[0].isolation.estimates[1].source",
                        "evaluation.yaml, line 23, field “measures[0].isolation.estimates[1].source”: “manager” is"
                                + " used more than once.",
                        "evaluation.yaml, regel 23, veld “measures[0].isolation.estimates[1].source”: “manager”"
                                + " wordt meer dan eens gebruikt."),
                arguments(
                        "both improvement and benefit outside",
                        EVALUATION,
                        "          file: estimates.csv",
                        "          file: estimates.csv\n      outside:\n        - {improvement: 2, benefit: 1000,"
                                + " source: HR, method: Trend line, date: 2025-06-01}",
                        EVALUATION,
                        Place.LINE,
                        24,
                        "measures[0].isolation.outside[0].improvement",
                        "evaluation.yaml, line 24, field “measures[0].isolation.outside[0].improvement”: Give an"
                                + " improvement or a benefit: one of them, not both.",
                        "evaluation.yaml, regel 24, veld “measures[0].isolation.outside[0].improvement”: Geef een"
                                + " verbetering of een baat: een van beide, niet allebei."),
                arguments(
                        "horizon other than a year without justification",
                        EVALUATION,
                        "participants: participants.csv",
                        "horizon:\n  months: 24\nparticipants: participants.csv",
                        EVALUATION,
                        Place.LINE,
                        7,
                        "horizon.justification",
                        "evaluation.yaml, line 7, field “horizon.justification”: A horizon other than 12 months"
                                + " needs a justification.",
                        "evaluation.yaml, regel 7, veld “horizon.justification”: Een horizon van meer of minder dan"
                                + " 12 maanden heeft een onderbouwing nodig."),
                arguments(
                        "participant completed before starting",
                        "participants.csv",
                        "id,cohort,start\nP01,Cohort 1,2025-03-01",
                        "id,cohort,start,completed\nP01,Cohort 1,2025-03-01,2025-02-01",
                        "participants.csv",
                        Place.ROW,
                        2,
                        "completed",
                        "participants.csv, row 2, column “completed”, value “2025-02-01”: Completed on 2025-02-01,"
                                + " before the start on 2025-03-01.",
                        "participants.csv, rij 2, kolom “completed”, waarde “2025-02-01”: Afgerond op 2025-02-01,"
                                + " vóór de start op 2025-03-01."),
                arguments(
                        "duplicate participant id",
                        "participants.csv",
                        "P02,",
                        "P01,",
                        "participants.csv",
                        Place.ROW,
                        3,
                        "id",
                        "participants.csv, row 3, column “id”, value “P01”: “P01” is used more than once.",
                        "participants.csv, rij 3, kolom “id”, waarde “P01”: “P01” wordt meer dan eens gebruikt."),
                arguments(
                        "duplicate respondent",
                        "estimates.csv",
                        "S2,",
                        "S1,",
                        "estimates.csv",
                        Place.ROW,
                        3,
                        "respondent",
                        "estimates.csv, row 3, column “respondent”, value “S1”: “S1” is used more than once.",
                        "estimates.csv, rij 3, kolom “respondent”, waarde “S1”: “S1” wordt meer dan eens gebruikt."),
                arguments(
                        "empty table",
                        "participants.csv",
                        PARTICIPANTS,
                        "",
                        "participants.csv",
                        Place.FILE,
                        0,
                        "",
                        "participants.csv: The file has no header row.",
                        "participants.csv: Het bestand heeft geen kopregel."),
                arguments(
                        "missing required column",
                        "estimates.csv",
                        "attribution,confidence",
                        "attribution,certainty",
                        "estimates.csv",
                        Place.FILE,
                        0,
                        "",
                        "estimates.csv: The required column “confidence” is missing.",
                        "estimates.csv: De verplichte kolom “zekerheid” ontbreekt."),
                arguments(
                        "column written twice",
                        "estimates.csv",
                        "respondent,improvement,",
                        "respondent,improvement,improvement,",
                        "estimates.csv",
                        Place.ROW,
                        1,
                        "improvement",
                        "estimates.csv, row 1, column “improvement”, value “improvement”: This column appears more"
                                + " than once.",
                        "estimates.csv, rij 1, kolom “improvement”, waarde “improvement”: Deze kolom komt meer dan"
                                + " eens voor."),
                arguments(
                        "row with too few cells",
                        "estimates.csv",
                        "S2,10,50,60,Grievance log",
                        "S2,10,50",
                        "estimates.csv",
                        Place.ROW,
                        3,
                        "confidence",
                        "estimates.csv, row 3, column “confidence”: This column needs a value in every row.",
                        "estimates.csv, rij 3, kolom “confidence”: Deze kolom moet in elke rij een waarde hebben."),
                arguments(
                        "undecidable number column",
                        "estimates.csv",
                        "S1,12.5,",
                        "S1,\"1,250\",",
                        "estimates.csv",
                        Place.FILE,
                        0,
                        "",
                        "estimates.csv: Undecidable number column “improvement”: a value such as “1,250” reads"
                                + " differently in Dutch and in English style. Say which style the file uses when"
                                + " importing it.",
                        "estimates.csv: Onbeslisbare getallenkolom “improvement”: een waarde als “1,250” betekent op"
                                + " zijn Nederlands iets anders dan op zijn Engels. Geef bij het importeren aan hoe het"
                                + " bestand getallen schrijft."),
                arguments(
                        "a number in the other style than its column",
                        "estimates.csv",
                        "S2,10,50,60,Grievance log",
                        "S2,10.25,50,60,Grievance log\nS3,\"7,5\",50,60,Grievance log",
                        "estimates.csv",
                        Place.ROW,
                        4,
                        "improvement",
                        "estimates.csv, row 4, column “improvement”, value “7,5”: This column writes numbers in English"
                                + " style (1,234.5), but this value is in Dutch style.",
                        "estimates.csv, rij 4, kolom “improvement”, waarde “7,5”: Deze kolom schrijft getallen op zijn"
                                + " Engels (1,234.5), maar deze waarde staat op zijn Nederlands."),
                arguments(
                        "a quote that is never closed",
                        "estimates.csv",
                        "S1,12.5,80,70,Grievance log",
                        "S1,12.5,80,70,\"Grievance log",
                        "estimates.csv",
                        Place.FILE,
                        0,
                        "",
                        "estimates.csv: The file is not valid CSV; look for a quote that is never closed.",
                        "estimates.csv: Het bestand is geen geldige CSV; zoek naar een aanhalingsteken dat niet wordt"
                                + " gesloten."),
                arguments(
                        "not a date in a table",
                        "participants.csv",
                        "P02,Cohort 1,2025-03-01",
                        "P02,Cohort 1,soon",
                        "participants.csv",
                        Place.ROW,
                        3,
                        "start",
                        "participants.csv, row 3, column “start”, value “soon”: This is not a date; write dd-mm-yyyy"
                                + " or yyyy-mm-dd.",
                        "participants.csv, rij 3, kolom “start”, waarde “soon”: Dit is geen datum; schrijf"
                                + " dd-mm-jjjj of jjjj-mm-dd."),
                arguments(
                        "ambiguous dates",
                        "participants.csv",
                        "2025-03-01",
                        "01-03-2025",
                        "participants.csv",
                        Place.FILE,
                        0,
                        "",
                        "participants.csv: The dates are ambiguous: “01-03-2025” can be day-month or month-day. Say which order"
                                + " the file uses when importing it, or write dates as yyyy-mm-dd.",
                        "participants.csv: De datums zijn dubbelzinnig: “01-03-2025” kan dag-maand of maand-dag zijn. Geef bij"
                                + " het importeren de volgorde aan, of schrijf datums als jjjj-mm-dd."),
                arguments(
                        "dates in both orders",
                        "participants.csv",
                        "P01,Cohort 1,2025-03-01\nP02,Cohort 1,2025-03-01",
                        "P01,Cohort 1,13-03-2025\nP02,Cohort 1,03-13-2025",
                        "participants.csv",
                        Place.FILE,
                        0,
                        "",
                        "participants.csv: The dates are written in both orders: “13-03-2025” puts the day first, “03-13-2025”"
                                + " the month.",
                        "participants.csv: De datums staan in beide volgordes: “13-03-2025” begint met de dag, “03-13-2025” met"
                                + " de maand."),
                arguments(
                        "as many numbers in Dutch as in English style",
                        "estimates.csv",
                        "S2,10,",
                        "S2,\"10,5\",",
                        "estimates.csv",
                        Place.FILE,
                        0,
                        "",
                        "estimates.csv: Number column “improvement” has as many values in Dutch style (such as “10,5”) as in"
                                + " English style (such as “12.5”). Write every number in one style, or say which style"
                                + " the file uses when importing it.",
                        "estimates.csv: Getallenkolom “improvement” heeft evenveel waarden op zijn Nederlands (zoals “10,5”)"
                                + " als op zijn Engels (zoals “12.5”). Schrijf alle getallen op één manier, of geef bij"
                                + " het importeren aan hoe het bestand getallen schrijft."),
                arguments(
                        "not a whole number in a table",
                        "costs.csv",
                        "id,category,amount,currency,date\nvenue,delivery,5000,EUR,2025-03-01",
                        "id,category,amount,currency,expected participants,date\nvenue,delivery,5000,EUR,2.5,2025-03-01",
                        "costs.csv",
                        Place.ROW,
                        2,
                        "expected participants",
                        "costs.csv, row 2, column “expected participants”, value “2.5”: This is not a whole number.",
                        "costs.csv, rij 2, kolom “expected participants”, waarde “2.5”: Dit is geen geheel getal."),
                arguments(
                        "undecidable delimiter",
                        "estimates.csv",
                        "respondent,improvement,attribution,confidence,basis",
                        "respondent;improvement,attribution;confidence,basis",
                        "estimates.csv",
                        Place.FILE,
                        0,
                        "",
                        "estimates.csv: The header row does not show whether fields are separated by semicolons or commas:"
                                + " respondent;improvement,attribution;confidence,basis",
                        "estimates.csv: Uit de kopregel blijkt niet of de velden gescheiden zijn door puntkomma’s of komma’s:"
                                + " respondent;improvement,attribution;confidence,basis"));
    }

    /** Level 2 as a list of two tests of scores.csv, from line 37: the first, then the second's start. */
    private static String twoTests(String first, String second) {
        return "  learning:\n" + first + "      file: scores.csv\n      maximum: 100\n" + second
                + "file: scores.csv\n      maximum: 100\n";
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

        assertOneProblem(problems(files), file, place, position, field, english, dutch);
    }

    static Stream<Arguments> spoiledBytes() {
        return Stream.of(
                arguments(
                        "a table that is not UTF-8 is read as Windows-1252",
                        "estimates.csv",
                        "12.5",
                        new byte[] {'1', '2', (byte) 0xFF, '5'},
                        "estimates.csv",
                        Place.ROW,
                        2,
                        "improvement",
                        "estimates.csv, row 2, column “improvement”, value “12ÿ5”: This is not a number.",
                        "estimates.csv, rij 2, kolom “improvement”, waarde “12ÿ5”: Dit is geen getal."),
                arguments(
                        "an evaluation file that is not UTF-8",
                        EVALUATION,
                        "Supervisor skills",
                        new byte[] {'S', 'u', 'p', 'e', 'r', 'v', 'i', 's', 'o', 'r', (byte) 0xE9},
                        EVALUATION,
                        Place.FILE,
                        0,
                        "",
                        "evaluation.yaml: The file is not UTF-8 text; save it as UTF-8.",
                        "evaluation.yaml: Het bestand is geen UTF-8-tekst; sla het op als UTF-8."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledBytes")
    void saysWhereAndWhatForBytesThatAreNotText(
            String name,
            String spoiledFile,
            String from,
            byte[] to,
            String file,
            Place place,
            int position,
            String field,
            String english,
            String dutch)
            throws IOException {
        Map<String, String> files = valid();
        String text = files.remove(spoiledFile);
        int at = text.indexOf(from);
        assertThat(at).as("the valid file holds the text to spoil").isNotNegative();
        write(files);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(to);
        bytes.writeBytes(text.substring(at + from.length()).getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve(spoiledFile), bytes.toByteArray());

        assertOneProblem(read(), file, place, position, field, english, dutch);
    }

    static Stream<Arguments> spoiledWorkbooks() {
        return Stream.of(
                arguments(
                        "merged cells",
                        (Consumer<XSSFSheet>) sheet -> sheet.addMergedRegion(new CellRangeAddress(1, 2, 4, 4)),
                        2,
                        "basis",
                        "estimates.xlsx, row 2, column “basis”, value “E2:E3”: Merged cells (E2:E3) cannot be"
                                + " imported: unmerge them and fill in every cell.",
                        "estimates.xlsx, rij 2, kolom “basis”, waarde “E2:E3”: Samengevoegde cellen (E2:E3) kunnen"
                                + " niet worden geïmporteerd: maak de samenvoeging ongedaan en vul elke cel."),
                arguments(
                        "a formula",
                        (Consumer<XSSFSheet>)
                                sheet -> sheet.getRow(2).getCell(1).setCellFormula("5*2"),
                        3,
                        "improvement",
                        "estimates.xlsx, row 3, column “improvement”, value “=5*2”: Formulas are not calculated on"
                                + " import: paste the values instead of the formula.",
                        "estimates.xlsx, rij 3, kolom “improvement”, waarde “=5*2”: Formules worden bij het"
                                + " importeren niet berekend: plak de waarden in plaats van de formule."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledWorkbooks")
    void saysWhereAndWhatInAWorkbook(
            String name, Consumer<XSSFSheet> spoil, int row, String column, String english, String dutch)
            throws IOException {
        writeWithWorkbook(
                "file: {path: estimates.xlsx, sheet: Estimates}", book -> spoil.accept(book.getSheet("Estimates")));

        assertOneProblem(read(), "estimates.xlsx", Place.ROW, row, column, english, dutch);
    }

    @Test
    void readsTheNamedSheetOfAWorkbook() throws IOException {
        writeWithWorkbook("file: {path: estimates.xlsx, sheet: Estimates}", book -> {});

        EvaluationFileResult read = EvaluationFileReader.read(folder.resolve(EVALUATION));

        assertThat(read).isInstanceOf(EvaluationFileResult.Read.class);
        assertThat(((EvaluationFileResult.Read) read)
                        .evaluation()
                        .measures()
                        .get(0)
                        .estimates()
                        .get(0)
                        .responses())
                .hasSize(2);
    }

    @Test
    void namesTheMissingSheetAndTheSheetsThereAre() throws IOException {
        writeWithWorkbook("file: {path: estimates.xlsx, sheet: Schattingen}", book -> {});

        assertThat(read()).singleElement().satisfies(problem -> {
            assertThat(problem.message(bundles(), Locale.ENGLISH))
                    .isEqualTo("estimates.xlsx: The workbook has no sheet “Schattingen”; its sheets are:"
                            + " Notes, Estimates.");
            assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                    .isEqualTo("estimates.xlsx: De werkmap heeft geen blad “Schattingen”; de bladen zijn:"
                            + " Notes, Estimates.");
        });
    }

    @Test
    void namesAnObservationGivenTwiceAndAnUnknownKindOfSubject() throws IOException {
        Map<String, String> files = valid();
        files.put(EVALUATION, YAML.replace("    period: month\n", "    period: month\n    observations: kpi.csv\n"));
        files.put("kpi.csv", """
                subject,kind,period,value
                P01,person,2025-01-01,3
                P01,persoon,2025-01-01,4
                T1,department,2025-01-01,5
                """);

        List<EvaluationProblem> problems = problems(files);

        assertThat(problems)
                .extracting(problem -> problem.message(bundles(), Locale.ENGLISH))
                .containsExactlyInAnyOrder(
                        "kpi.csv, row 3, column “period”, value “2025-01-01”: P01 has two values for the period"
                                + " starting 2025-01-01.",
                        "kpi.csv, row 4, column “kind”, value “department”: “department” is not one of: person,"
                                + " team.");
        assertThat(problems.get(0).message(bundles(), Locale.forLanguageTag("nl")))
                .isEqualTo("kpi.csv, rij 3, kolom “period”, waarde “2025-01-01”: P01 heeft twee waarden voor de"
                        + " periode vanaf 2025-01-01.");
    }

    @Test
    void namesWhatIsWrongWithAForecast() throws IOException {
        Map<String, String> files = valid();
        files.put(EVALUATION, YAML + """
                forecast:
                  expectedParticipants: 0
                  costs:
                    lines: [{id: delivery, category: delivery, amount: 100000, date: 2025-01-01}]
                  measures:
                    - {measure: grievance, change: {low: 5, expected: 10, high: 15}, attribution: 50, confidence: 80}
                    - {measure: grievances, change: {low: 12, expected: 10, high: 15}, attribution: 50, confidence: 80}
                """);

        assertThat(problems(files))
                .extracting(problem -> problem.message(bundles(), Locale.ENGLISH))
                .containsExactly(
                        "evaluation.yaml, line 43, field “forecast.expectedParticipants”: “0” must be more than 0.",
                        "evaluation.yaml, line 47, field “forecast.measures[0].measure”: “grievance” is not one of:"
                                + " grievances.",
                        "evaluation.yaml, line 48, field “forecast.measures[1].change”: Write low ≤ expected ≤ high:"
                                + " 12, 10, 15 are not in that order.");
    }

    @Test
    void saysHowManyProblemsOfATableAreNotListed() throws IOException {
        Map<String, String> files = valid();
        StringBuilder scores = new StringBuilder("person,pre,post\n");
        for (int i = 1; i <= 130; i++) {
            scores.append("P").append(i).append(",55,high\n");
        }
        files.put("scores.csv", scores.toString());

        List<EvaluationProblem> problems = problems(files);

        assertThat(problems).hasSize(101);
        assertThat(problems.get(100).message(bundles(), Locale.ENGLISH))
                .isEqualTo("scores.csv: 30 more problems in this table are not listed: correct the ones above and"
                        + " read it again.");
        assertThat(problems.get(100).message(bundles(), Locale.forLanguageTag("nl")))
                .isEqualTo("scores.csv: Nog 30 problemen in deze tabel staan niet in de lijst: verbeter de"
                        + " problemen hierboven en lees de tabel opnieuw.");
    }

    @Test
    void saysThatAWorkbookIsNotOne() throws IOException {
        Map<String, String> files = valid();
        files.put(EVALUATION, YAML.replace("file: scores.csv", "file: scores.xlsx"));
        write(files);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(folder.resolve("scores.xlsx")))) {
            zip.putNextEntry(new ZipEntry("scores.csv"));
            zip.write(SCORES.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(read()).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo(Place.FILE);
            assertThat(problem.message(bundles(), Locale.ENGLISH))
                    .isEqualTo("scores.xlsx: The file cannot be read as an Excel workbook (.xlsx).");
            assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                    .isEqualTo("scores.xlsx: Het bestand is niet te lezen als Excel-werkmap (.xlsx).");
        });
    }

    @Test
    void aDeclaredNumberStyleSettlesAColumnThatReadsBothWays() throws IOException {
        Map<String, String> files = valid();
        String undecidable = """
                respondent;improvement;attribution;confidence;basis
                S1;1,250;80;70;Grievance log
                S2;1,500;50;60;Grievance log
                """;
        files.put("estimates.csv", undecidable);
        assertThat(problems(files))
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).isEqualTo("importing.problem.undecidableNumbers"));

        files.put(EVALUATION, YAML.replace("file: estimates.csv", "file: {path: estimates.csv, numbers: dutch}"));
        write(files);
        EvaluationFileResult read = EvaluationFileReader.read(folder.resolve(EVALUATION));

        assertThat(((EvaluationFileResult.Read) read)
                        .evaluation()
                        .measures()
                        .get(0)
                        .estimates()
                        .get(0)
                        .responses())
                .extracting(estimate -> estimate.improvement().toPlainString())
                .containsExactly("1.250", "1.500");
    }

    /** The valid files with the estimates as a workbook of two sheets, Notes and Estimates, changed by {@code change}. */
    private void writeWithWorkbook(String reference, Consumer<XSSFWorkbook> change) throws IOException {
        Map<String, String> files = valid();
        files.remove("estimates.csv");
        files.put(EVALUATION, YAML.replace("file: estimates.csv", reference));
        write(files);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Asked in March");
            XSSFSheet sheet = book.createSheet("Estimates");
            List<String> lines = ESTIMATES.lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",");
                XSSFRow cellsRow = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    boolean number = r > 0 && c >= 1 && c <= 3;
                    if (number) {
                        cellsRow.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        cellsRow.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            change.accept(book);
            try (OutputStream out = Files.newOutputStream(folder.resolve("estimates.xlsx"))) {
                book.write(out);
            }
        }
    }

    private static void assertOneProblem(
            List<EvaluationProblem> problems,
            String file,
            Place place,
            int position,
            String field,
            String english,
            String dutch) {
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
        files.put(EVALUATION, YAML.replace("levels:\n", "levels:\n  efficiency:\n    learners: learners.csv\n"));
        files.put("learners.csv", "id,enrolled,started,completed,hours\nL1,2025-02-01,,2025-03-01,10\n");

        assertThat(problems(files)).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo(Place.ROW);
            assertThat(problem.message(bundles(), Locale.ENGLISH))
                    .isEqualTo("learners.csv, row 2: The calculation refuses this: Learner L1 completes without"
                            + " starting");
            assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                    .isEqualTo("learners.csv, rij 2: De berekening weigert dit: Learner L1 completes without"
                            + " starting");
        });
    }

    @Test
    void namesAColumnAsTheFileWritesIt() throws IOException {
        Map<String, String> files = valid();
        files.put("estimates.csv", """
                Respondent;Verbetering;Toeschrijving;Zekerheid;Onderbouwing
                S1;12,5;180;70;Klachtenregister
                """);

        assertThat(problems(files))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                        .isEqualTo("estimates.csv, rij 2, kolom “Toeschrijving”, waarde “180”: “180” is geen percentage"
                                + " van 0 tot 100."));
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
        files.put("reaction.csv", REACTION);
        files.put("scores.csv", SCORES);
        files.put("application.csv", APPLICATION);
        return files;
    }

    private List<EvaluationProblem> problems(Map<String, String> files) throws IOException {
        write(files);
        return read();
    }

    private List<EvaluationProblem> read() {
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
