package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code evaluate} command, run in-process on the example files. */
class EvaluateCommandTest {

    private static final String ISOLATED_OUTSIDE = "../examples/benefit-isolated-outside/evaluation.yaml";
    private static final String COMPLETE_CASE = "../examples/complete-case/evaluation.yaml";

    @Test
    void summarisesABenefitIsolatedOutsideInEnglish() {
        Run run = run(ISOLATED_OUTSIDE);

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains(
                        "Programme: New product line sales training",
                        "  Extra contribution (output): isolated outside Rendement, €350,000.00 a year",
                        "Annual benefits: €350,000.00",
                        "Costs, fully loaded: €200,000.00",
                        "  Delivery: €200,000.00",
                        "BCR 1.75",
                        "ROI 75.00%: meets the objective of ",
                        "Payback: 6.86 months",
                        "ROI range p5–p95: ",
                        "iterations, seed ");
    }

    @Test
    void summarisesABenefitIsolatedOutsideInDutch() {
        Run run = run(ISOLATED_OUTSIDE, "--lang", "nl");

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains(
                        "Programma: New product line sales training",
                        "  Extra contribution (output): buiten Rendement geïsoleerd, € 350.000,00 per jaar",
                        "Baten per jaar: € 350.000,00",
                        "Kosten, volledig toegerekend: € 200.000,00",
                        "BCR 1,75",
                        "ROI 75,00 %: haalt de doelstelling van ",
                        "Terugverdientijd: 6,86 maanden");
    }

    @Test
    void summarisesTheCompleteCaseInEnglish() {
        Run run = run(COMPLETE_CASE, "--lang=en");

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains(
                        "Programme: Consultative selling",
                        "Annual benefits: €86,136.00",
                        "Costs, fully loaded: €72,951.43",
                        "  Reimbursed: €5,000.00",
                        "the MANAGER estimates rest on 3 people, fewer than the anonymity threshold of 5",
                        "BCR 1.18",
                        "ROI 18.07%: falls short of the objective of 25.00%",
                        "ROI net of reimbursements 26.76%: meets the objective of 25.00%",
                        "Payback: 10.16 months",
                        "P(ROI ≥ 25.00%): ",
                        "10,000 iterations, seed 20251126",
                        "Most sensitive inputs:",
                        "Intangibles:",
                        "  Team cohesion: Teams report working together more",
                        "Deals closed (deals): ",
                        "Absence days (absence): ",
                        "Level 0, efficiency: 30 participants, 90.00% [the other 3 are fewer than k = 5] completed",
                        "  Relevance: 4.04 (target 4.0: met)",
                        "  Net promoter score 33.3 (promoters 50.00%, detractors 16.67% [rests on 4, fewer than k"
                                + " = 5]); 15 comments",
                        "Level 2, learning: scores.csv (30 people):",
                        "  Forecast ROI: low -20.24%, expected 20.84%, high 64.30%",
                        "  Annual benefits: forecast €71,898.00, actual €86,136.00: a variance of €14,238.00",
                        "  ROI: forecast 20.84%, actual 18.07%: a variance of -2.76 points",
                        "  Mean score 59.3 before, 77.2 after: a gain of 17.9",
                        "  Paired t-test: t = 17.65, df = 29, p < 0.001",
                        "Level 3, application: 85.00% [the other 3 are fewer than k = 5] say they apply it");
    }

    @Test
    void summarisesTheCompleteCaseInDutch() {
        Run run = run(COMPLETE_CASE, "--lang", "nl");

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains(
                        "Programma: Consultative selling",
                        "Baten per jaar: € 86.136,00",
                        "Kosten, volledig toegerekend: € 72.951,43",
                        "ROI 18,07 %: blijft onder de doelstelling van 25,00 %",
                        "ROI na aftrek van vergoedingen 26,76 %: haalt de doelstelling van 25,00 %",
                        "Terugverdientijd: 10,16 maanden",
                        "10.000 iteraties, seed 20251126",
                        "Niet in geld uitgedrukt:",
                        "Niveau 1, reactie (1–5):",
                        "  Relevance: 4,04 (doel 4,0: gehaald)",
                        "Niveau 2, leren: scores.csv (30 personen):",
                        "  Voorspelde ROI: laag -20,24 %, verwacht 20,84 %, hoog 64,30 %",
                        "  Gepaarde t-toets: t = 17,65, vg = 29, p < 0,001",
                        "  Belemmeringen: Lack of time 40,00 %, No manager support 35,00 %");
    }

    @Test
    void saysWhyNewHiresWithoutAPrePeriodAddNoCredibleBenefit() {
        String newHires = "../examples/control-group-new-hires/evaluation.yaml";

        assertThat(run(newHires).out())
                .contains("there is no pre-period, so the balance between the groups cannot be judged");
        assertThat(run(newHires, "--lang", "nl").out())
                .contains("er is geen voorperiode, dus de balans tussen de groepen is niet te beoordelen");
    }

    @Test
    void printsEveryProblemOfAMalformedFileAndExitsWith2(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("evaluation.yaml"), "programme: [unclosed\n");

        Run english = run(file.toString());
        Run dutch = run(file.toString(), "--lang", "nl");

        assertThat(english.code()).isEqualTo(2);
        assertThat(english.out()).isEmpty();
        assertThat(english.err()).contains("evaluation.yaml, line ").contains("This is not valid YAML");
        assertThat(dutch.code()).isEqualTo(2);
        assertThat(dutch.err()).contains("evaluation.yaml, regel ").contains("Dit is geen geldige YAML");
    }

    @Test
    void aMissingFileExitsWith2(@TempDir Path folder) {
        Run run = run(folder.resolve("absent.yaml").toString(), "--lang", "nl");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Het evaluatiebestand", "absent.yaml", "bestaat niet");
    }

    @Test
    void badArgumentsExitWith64AndTheUsage() {
        assertThat(run().code()).isEqualTo(64);
        assertThat(run().err()).contains("Usage: java -jar rendement.jar evaluate FILE [--lang en|nl]");
        assertThat(run(ISOLATED_OUTSIDE, "--xml").code()).isEqualTo(64);
        assertThat(run(ISOLATED_OUTSIDE, "--lang", "de").code()).isEqualTo(64);
        assertThat(run(ISOLATED_OUTSIDE, "--lang").code()).isEqualTo(64);
        assertThat(run(ISOLATED_OUTSIDE, COMPLETE_CASE).code()).isEqualTo(64);
        assertThat(run("--lang", "nl").err()).contains("Gebruik:");
    }

    @Test
    void isRequestedOnlyByEvaluateAsFirstArgument() {
        assertThat(EvaluateCommand.isRequested(new String[] {"evaluate", "x"})).isTrue();
        assertThat(EvaluateCommand.isRequested(new String[] {})).isFalse();
        assertThat(EvaluateCommand.isRequested(new String[] {"--spring.profiles.active=demo"}))
                .isFalse();
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
