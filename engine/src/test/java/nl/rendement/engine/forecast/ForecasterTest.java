package nl.rendement.engine.forecast;

import static nl.rendement.engine.forecast.ForecastFixtures.EUR;
import static nl.rendement.engine.forecast.ForecastFixtures.SETTINGS;
import static nl.rendement.engine.forecast.ForecastFixtures.START;
import static nl.rendement.engine.forecast.ForecastFixtures.USD;
import static nl.rendement.engine.forecast.ForecastFixtures.changes;
import static nl.rendement.engine.forecast.ForecastFixtures.euros;
import static nl.rendement.engine.forecast.ForecastFixtures.figures;
import static nl.rendement.engine.forecast.ForecastFixtures.forecast;
import static nl.rendement.engine.forecast.ForecastFixtures.value;
import static nl.rendement.engine.forecast.ForecastFixtures.zeroElsewhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.costs.CostLine;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.ExchangeRate;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.value.Horizon;
import org.junit.jupiter.api.Test;

/** The forecast before a programme (METHOD §8), each figure beside its hand calculation. */
class ForecasterTest {

    private static final ExchangeRates USD_TO_EUR =
            new ExchangeRates(List.of(new ExchangeRate(USD, EUR, new BigDecimal("0.90"), START, "ECB reference rate")));

    // Grievances a month, 5 / 10 / 15 fewer, 80% attributed x 70% confidence = 0.56, 6,500 each:
    // low 5 x 0.56 x 12 x 6,500 = 218,400; expected 436,800; high 655,200.
    private static final ForecastMeasure GRIEVANCES = forecast(
            "grievances", PeriodLength.MONTH, changes("5", "10", "15"), value(Technique.EXPERT, euros("6500")), 80, 70);

    // Rework hours a week, 2 / 4 / 6 fewer, 50% x 80% = 0.4, USD 50 x 0.90 = EUR 45 an hour:
    // low 2 x 0.4 x 52 x 45 = 1,872; expected 3,744; high 5,616.
    private static final ForecastMeasure REWORK = forecast(
            "rework",
            PeriodLength.WEEK,
            changes("2", "4", "6"),
            value(Technique.COST_OF_QUALITY, Money.of("50", "USD")),
            50,
            80);

    // Delivery 100,000 + design 60,000 shared over 300 participants, 60 expected: 12,000 + a yearly
    // licence of 8,000 over one year = 120,000.
    private static final CostLedger PROJECTED = zeroElsewhere(CostLedger.EMPTY
            .with(CostLine.oneTime("delivery", CostCategory.DELIVERY, "Trainers", euros("100000"), euros("0"), START))
            .with(CostLine.oneTime(
                            "design", CostCategory.DESIGN_AND_DEVELOPMENT, "Course", euros("60000"), euros("0"), START)
                    .proratedOver(300))
            .with(CostLine.yearly("licence", CostCategory.ACQUISITION, "Platform", euros("8000"), euros("0"), START)));

    @Test
    void twoMeasuresAndProjectedCostsGiveALowExpectedAndHighRoi() {
        ForecastResult result = Forecaster.forecast(plan(List.of(GRIEVANCES, REWORK), PROJECTED, USD_TO_EUR));

        assertThat(result.measures().get(0).annualBenefit().map((s, b) -> b.value()))
                .isEqualTo(new Scenarios<>(euros("218400"), euros("436800"), euros("655200")));
        assertThat(result.measures().get(1).annualBenefit().map((s, b) -> b.value()))
                .isEqualTo(new Scenarios<>(euros("1872"), euros("3744"), euros("5616")));
        // 218,400 + 1,872 = 220,272; 436,800 + 3,744 = 440,544; 655,200 + 5,616 = 660,816.
        assertThat(result.annualBenefits().map((s, b) -> b.value()))
                .isEqualTo(new Scenarios<>(euros("220272"), euros("440544"), euros("660816")));
        // ROI = (benefits - 120,000) / 120,000 x 100: 100,272 / 1,200 = 83.56; 320,544 / 1,200 =
        // 267.12; 540,816 / 1,200 = 450.68.
        assertThat(figures(result.roi().low()).roiPercent().value()).isEqualByComparingTo("83.56");
        assertThat(figures(result.roi().expected()).roiPercent().value()).isEqualByComparingTo("267.12");
        assertThat(figures(result.roi().high()).roiPercent().value()).isEqualByComparingTo("450.68");
        assertThat(figures(result.roi().expected()).costs().value()).isEqualTo(euros("120000"));
        // BCR expected 440,544 / 120,000 = 3.6712.
        assertThat(figures(result.roi().expected()).benefitCostRatio().value()).isEqualByComparingTo("3.6712");
    }

    @Test
    void everyFigureCarriesItsForecastSteps() {
        ForecastResult result = Forecaster.forecast(plan(List.of(GRIEVANCES, REWORK), PROJECTED, USD_TO_EUR));

        var rework = result.measures().get(1).annualBenefit().expected().trail();
        assertThat(rework.steps().stream().map(step -> step.code()))
                .containsExactly(
                        "forecast.adjusted",
                        "conversion.annualised",
                        "money.converted",
                        "conversion.valued",
                        "forecast.benefit");
        // 4 x 50% x 80% = 1.6 rework hours a week attributable.
        assertThat((BigDecimal)
                        rework.all("forecast.adjusted").get(0).fact("adjusted").orElseThrow())
                .isEqualByComparingTo("1.6");
        var roi = figures(result.roi().high());
        assertThat(roi.roiPercent().trail().all("forecast.roi").get(0).fact("scenario"))
                .contains("HIGH");
        assertThat(roi.costs().trail().has("forecast.costs")).isTrue();
        assertThat(roi.benefits().trail().has("forecast.annualBenefits")).isTrue();
    }

    @Test
    void aValueWithoutAnExchangeRateAddsNothingAndSaysWhy() {
        ForecastResult result = Forecaster.forecast(plan(List.of(GRIEVANCES, REWORK), PROJECTED, ExchangeRates.NONE));

        MeasureForecast rework = result.measures().get(1);
        assertThat(rework.converted()).isFalse();
        assertThat(rework.reasons()).extracting(Reason::code).containsExactly("conversion.noRate");
        assertThat(rework.annualBenefit().expected().value()).isEqualTo(euros("0"));
        // Grievances only: (436,800 - 120,000) / 120,000 x 100 = 264.
        assertThat(figures(result.roi().expected()).roiPercent().value()).isEqualByComparingTo("264");
    }

    @Test
    void noRoiWhenTheProjectedCostsAreIncompleteOrNothingConverts() {
        CostLedger incomplete = CostLedger.EMPTY.with(
                CostLine.oneTime("delivery", CostCategory.DELIVERY, "Trainers", euros("100000"), euros("0"), START));

        ForecastResult noCosts = Forecaster.forecast(plan(List.of(GRIEVANCES), incomplete, ExchangeRates.NONE));
        ForecastResult noBenefit = Forecaster.forecast(plan(List.of(REWORK), PROJECTED, ExchangeRates.NONE));

        for (Scenario scenario : Scenario.values()) {
            assertThat(((RoiOutcome.NoRoi) noCosts.roi().get(scenario)).reasons())
                    .extracting(Reason::code)
                    .containsExactly("cost.categoriesMissing");
            assertThat(((RoiOutcome.NoRoi) noBenefit.roi().get(scenario)).reasons())
                    .extracting(Reason::code)
                    .containsExactly("forecast.noBenefit");
        }
    }

    @Test
    void rejectsAChangeRangeOutOfOrder() {
        assertThatThrownBy(() -> forecast(
                        "grievances",
                        PeriodLength.MONTH,
                        changes("10", "5", "15"),
                        value(Technique.EXPERT, euros("6500")),
                        80,
                        70))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Forecast plan(List<ForecastMeasure> measures, CostLedger costs, ExchangeRates rates) {
        return new Forecast("Leadership 2026", SETTINGS, measures, costs, 60, rates, Horizon.ONE_YEAR);
    }
}
