package nl.rendement.app.evaluation.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.rendement.app.system.Languages;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.Test;

/** The charts drawn for figures that are less kind than the example's. */
class ChartsEdgeCasesTest {

    @Test
    void writesTheHeadlineLeftOfAnObjectiveItFallsShortOf() throws Exception {
        Svg svg = RoiRangeChart.draw(
                new RoiRangeChart.RoiRange(-40.2, -18.0, 6.5, new BigDecimal("-20.4"), new BigDecimal("15"), 0.03),
                ChartExamples.context("short", Languages.ENGLISH).withSize(640, 220));
        write("range-short-en.svg", svg);

        assertThat(svg.markup()).contains("headline -20.4%", "objective 15%", "meets the objective: 3%");
    }

    @Test
    void drawsATrendWithoutComparisonOrCohorts() throws Exception {
        List<KpiTrendChart.Point> points = List.of(
                new KpiTrendChart.Point(LocalDate.of(2025, 1, 1), OptionalDouble.of(0.25), OptionalDouble.empty()),
                new KpiTrendChart.Point(LocalDate.of(2025, 2, 1), OptionalDouble.of(0.5), OptionalDouble.empty()));
        Svg svg = KpiTrendChart.draw(
                new KpiTrendChart.Trend("Verzuim (%)", "Deelnemers", Optional.empty(), points, List.of(), 2),
                ChartExamples.context("alone", Languages.DUTCH));

        assertThat(ChartsTest.parse(svg).getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Verzuim (%) per periode van 1 jan. 2025 tot 1 feb. 2025 (2 perioden)."
                        + " Deelnemers: 0,25 in de eerste periode met een waarde, 0,50 in de laatste.");
    }

    @Test
    void endsAWaterfallOfCostsOnlyBelowZero() throws Exception {
        Svg svg = CostBenefitChart.draw(
                new CostBenefitChart.CostBenefit(
                        List.of(),
                        List.of(new CostBenefitChart.Step("Delivery", Money.of("1500.50", "EUR"))),
                        "Net benefit"),
                ChartExamples.context("costs-only", Languages.ENGLISH));

        assertThat(svg.markup())
                .contains("Benefits a year €0 (none); fully loaded costs €1,500", "net benefit -€1,500");
    }

    @Test
    void saysALevelIsHiddenForFewerThanKRatherThanNotMeasured() throws Exception {
        ChainOfEvidenceChart.Chain chain = new ChainOfEvidenceChart.Chain(List.of(
                new ChainOfEvidenceChart.Level(
                        "1 Reaction",
                        "rating",
                        Optional.empty(),
                        Optional.empty(),
                        ChainOfEvidenceChart.Status.WITHHELD),
                new ChainOfEvidenceChart.Level(
                        "5 ROI",
                        "ROI",
                        Optional.of(Figure.percent("12")),
                        Optional.of(Figure.percent("25")),
                        ChainOfEvidenceChart.Status.NOT_MET)));
        Svg svg = ChainOfEvidenceChart.draw(chain, ChartExamples.context("hidden", Languages.ENGLISH));
        write("chain-hidden-en.svg", svg);

        assertThat(ChartsTest.parse(svg).getElementsByTagName("desc").item(0).getTextContent())
                .contains(
                        "1 Reaction, rating: hidden, fewer than k people",
                        "5 ROI, ROI: 12% against an objective of 25%");
        assertThat(svg.markup()).contains("hidden (fewer than k)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ChainOfEvidenceChart.Level(
                        "1 Reaction",
                        "rating",
                        Optional.of(Figure.number("3.5", 2)),
                        Optional.empty(),
                        ChainOfEvidenceChart.Status.WITHHELD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void write(String name, Svg svg) throws Exception {
        Files.writeString(Files.createDirectories(Path.of("target/charts")).resolve(name), svg.markup());
    }
}
