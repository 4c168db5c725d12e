package nl.rendement.app.evaluation.charts;

import static java.util.Optional.empty;
import static java.util.Optional.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import nl.rendement.app.evaluation.charts.ChainOfEvidenceChart.Chain;
import nl.rendement.app.evaluation.charts.ChainOfEvidenceChart.Level;
import nl.rendement.app.evaluation.charts.ChainOfEvidenceChart.Status;
import nl.rendement.app.evaluation.charts.CostBenefitChart.CostBenefit;
import nl.rendement.app.evaluation.charts.CostBenefitChart.Step;
import nl.rendement.app.evaluation.charts.ItemDistributionChart.Distribution;
import nl.rendement.app.evaluation.charts.KpiTrendChart.CohortStart;
import nl.rendement.app.evaluation.charts.KpiTrendChart.Point;
import nl.rendement.app.evaluation.charts.KpiTrendChart.Trend;
import nl.rendement.app.evaluation.charts.PrePostChart.PrePost;
import nl.rendement.app.evaluation.charts.RoiRangeChart.RoiRange;
import nl.rendement.app.evaluation.charts.TornadoChart.Input;
import nl.rendement.app.evaluation.charts.TornadoChart.Tornado;
import nl.rendement.app.system.Languages;
import nl.rendement.engine.money.Money;

/**
 * One programme's figures as the step views would hand them to the charts, in English and in
 * Dutch: a sales conversation training with a comparison group, 18 months of sales per FTE and
 * three cohorts.
 */
final class ChartExamples {

    private final boolean dutch;

    private ChartExamples(Locale locale) {
        this.dutch = locale.getLanguage().equals("nl");
    }

    /** Every chart of the example, by its id, drawn for that language. */
    static Map<String, Svg> all(Locale locale) {
        ChartExamples example = new ChartExamples(locale);
        Map<String, Svg> charts = new LinkedHashMap<>();
        charts.put("chain", ChainOfEvidenceChart.draw(example.chain(), context("chain", locale)));
        charts.put("trend", KpiTrendChart.draw(example.trend(), context("trend", locale)));
        charts.put("waterfall", CostBenefitChart.draw(example.costBenefit(), context("waterfall", locale)));
        charts.put(
                "range",
                RoiRangeChart.draw(example.range(), context("range", locale).withSize(640, 220)));
        charts.put("tornado", TornadoChart.draw(example.tornado(), context("tornado", locale)));
        charts.put("items", ItemDistributionChart.draw(example.items(), context("items", locale)));
        charts.put("pre-post", PrePostChart.draw(example.prePost(), context("pre-post", locale)));
        return charts;
    }

    static ChartContext context(String id, Locale locale) {
        return ChartContext.of(id, locale, Languages.messages());
    }

    static ChartExamples in(Locale locale) {
        return new ChartExamples(locale);
    }

    private String say(String english, String nederlands) {
        return dutch ? nederlands : english;
    }

    Chain chain() {
        return new Chain(List.of(
                new Level(
                        say("0 Input", "0 Input"),
                        say("Completion rate", "Voltooid"),
                        of(Figure.percent("92")),
                        of(Figure.percent("90")),
                        Status.MET),
                new Level(
                        say("1 Reaction", "1 Reactie"),
                        say("Relevance (mean, 1 to 5)", "Relevantie (gemiddeld, 1 tot 5)"),
                        of(Figure.number("4.3", 1)),
                        of(Figure.number("4.0", 1)),
                        Status.MET),
                new Level(
                        say("2 Learning", "2 Leren"),
                        say("Gain on the product test", "Winst op de producttoets"),
                        of(Figure.number("12.5", 1)),
                        of(Figure.number("10", 1)),
                        Status.MET),
                new Level(
                        say("3 Application", "3 Toepassing"),
                        say("Applying after three months", "Past toe na drie maanden"),
                        of(Figure.percent("58")),
                        of(Figure.percent("70")),
                        Status.NOT_MET),
                new Level(
                        say("4 Impact", "4 Impact"),
                        say("Annual benefit", "Opbrengst per jaar"),
                        of(new Figure.Amount(Money.of("91351", "EUR"))),
                        empty(),
                        Status.NO_OBJECTIVE),
                new Level(
                        "5 ROI",
                        say("Return on investment", "Rendement van de investering"),
                        of(Figure.percent("18.1")),
                        of(Figure.percent("10")),
                        Status.MET)));
    }

    Trend trend() {
        List<Point> points = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int month = 0; month < 18; month++) {
            double base = 1180 + month * 6.5 + (month % 3) * 11.25;
            double lift = month >= 7 ? (month - 6) * 14.5 : 0;
            points.add(new Point(
                    start.plusMonths(month),
                    month == 4 ? OptionalDouble.empty() : OptionalDouble.of(base + lift + 8.5),
                    OptionalDouble.of(base)));
        }
        return new Trend(
                say("Sales per FTE (EUR)", "Omzet per fte (EUR)"),
                say("Participants", "Deelnemers"),
                of(say("Comparison group", "Vergelijkingsgroep")),
                points,
                List.of(
                        new CohortStart(LocalDate.of(2024, 7, 1), say("Cohort A", "Cohort A")),
                        new CohortStart(LocalDate.of(2024, 8, 1), say("Cohort B", "Cohort B")),
                        new CohortStart(LocalDate.of(2024, 10, 1), say("Cohort C", "Cohort C"))),
                1);
    }

    CostBenefit costBenefit() {
        Function<String, Money> euros = amount -> Money.of(amount, "EUR");
        return new CostBenefit(
                List.of(
                        new Step(say("Sales per FTE", "Omzet per fte"), euros.apply("72951.42")),
                        new Step(say("Fewer complaints", "Minder klachten"), euros.apply("18400"))),
                List.of(
                        new Step(say("Development", "Ontwikkeling"), euros.apply("12000")),
                        new Step(say("Delivery", "Uitvoering"), euros.apply("23500")),
                        new Step(say("Participants' time", "Tijd van deelnemers"), euros.apply("31200")),
                        new Step(say("Evaluation", "Evaluatie"), euros.apply("4800")),
                        new Step(say("Overhead", "Overhead"), euros.apply("2100"))),
                say("Net benefit", "Netto opbrengst"));
    }

    RoiRange range() {
        return new RoiRange(-12.5, 16.8, 48.2, new BigDecimal("18.1"), new BigDecimal("10"), 0.62);
    }

    Tornado tornado() {
        return new Tornado(
                new BigDecimal("18.1"),
                say("Input at its low end", "Invoer aan de lage kant"),
                say("Input at its high end", "Invoer aan de hoge kant"),
                List.of(
                        new Input(
                                say("Complaints: improvement", "Klachten: verbetering"),
                                new BigDecimal("12.0"),
                                new BigDecimal("24.3")),
                        new Input(
                                say("Sales per FTE: improvement", "Omzet per fte: verbetering"),
                                new BigDecimal("-8.4"),
                                new BigDecimal("41.2")),
                        new Input(
                                say("Participants' time: hourly cost", "Tijd van deelnemers: uurkosten"),
                                new BigDecimal("26.5"),
                                new BigDecimal("10.2")),
                        new Input(
                                say("Sales per FTE: value of one unit", "Omzet per fte: waarde van een eenheid"),
                                new BigDecimal("5.2"),
                                new BigDecimal("30.9"))));
    }

    Distribution items() {
        return new Distribution(
                dutch
                        ? List.of("1 Zeer oneens", "2 Oneens", "3 Neutraal", "4 Eens", "5 Zeer eens")
                        : List.of("1 Strongly disagree", "2 Disagree", "3 Neutral", "4 Agree", "5 Strongly agree"),
                List.of(
                        new ItemDistributionChart.Item(
                                say("Relevant to my job", "Relevant voor mijn werk"),
                                List.of(2.0, 5.0, 14.0, 45.0, 34.0)),
                        new ItemDistributionChart.Item(
                                say("I will use it", "Ik ga het gebruiken"), List.of(3.0, 8.0, 20.0, 41.0, 28.0)),
                        new ItemDistributionChart.Item(
                                say("I would recommend it", "Ik zou het aanraden"),
                                List.of(5.0, 10.0, 25.0, 35.0, 25.0)),
                        new ItemDistributionChart.Item(
                                say("Well organised", "Goed georganiseerd"), List.of(1.0, 4.0, 10.0, 40.0, 45.0))));
    }

    PrePost prePost() {
        return new PrePost(
                say("Mean score (0 to 100)", "Gemiddelde score (0 tot 100)"),
                say("Before", "Voor"),
                say("After", "Na"),
                List.of(
                        new PrePostChart.Test(say("Product knowledge", "Productkennis"), 54.2, 71.8),
                        new PrePostChart.Test(say("Conversation skills", "Gespreksvaardigheid"), 61.0, 69.5)),
                1);
    }
}
