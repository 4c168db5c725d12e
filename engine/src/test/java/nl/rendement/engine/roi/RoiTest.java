package nl.rendement.engine.roi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/** METHOD §7's figures, each with its hand calculation beside it. */
class RoiTest {

    private static final Roi AT_25_PERCENT = Roi.withObjective(Percentage.of(25));

    @Test
    void neverCallsABcrAnRoi() {
        // 350,000 / 200,000 = 1.75; (350,000 - 200,000) / 200,000 x 100 = 75%;
        // 200,000 / 350,000 x 12 = 6.857142... months, shown as 6.86.
        RoiFigures figures = figures(AT_25_PERCENT.of(euros("350000"), euros("200000"), euros("0"), Horizon.ONE_YEAR));

        assertThat(figures.benefitCostRatio().value()).isEqualByComparingTo("1.75");
        assertThat(figures.roiPercent().value()).isEqualByComparingTo("75");
        assertThat(shown(figures.paybackMonths().orElseThrow().value())).isEqualByComparingTo("6.86");
        assertThat(figures.verdict().value()).isEqualTo(Verdict.MEETS_OBJECTIVE);
        assertThat(figures.netPresentValue()).isEmpty();
    }

    @Test
    void countsTheTurnoverSavingsOverTheHorizonItIsGiven() {
        // 125 leavers a year halved: 62.5 fewer x 5,000 = 312,500 a year, on a 250,000 programme.
        // One year: (312,500 - 250,000) / 250,000 = 25%. Two years, undiscounted:
        // (625,000 - 250,000) / 250,000 = 150%. Six months: (156,250 - 250,000) / 250,000 = -37.5%.
        Traced<Money> savings = euros("312500");

        assertThat(roi(AT_25_PERCENT.of(savings, euros("250000"), euros("0"), Horizon.ONE_YEAR)))
                .isEqualByComparingTo("25");
        assertThat(roi(AT_25_PERCENT.of(savings, euros("250000"), euros("0"), Horizon.months(24, "Two cohorts' stay"))))
                .isEqualByComparingTo("150");
        RoiFigures halfYear = figures(
                AT_25_PERCENT.of(savings, euros("250000"), euros("0"), Horizon.months(6, "Pilot counted half a year")));
        assertThat(halfYear.roiPercent().value()).isEqualByComparingTo("-37.5");
        assertThat(halfYear.verdict().value()).isEqualTo(Verdict.FALLS_SHORT);
        assertThat(halfYear.benefits().trail().all("roi.horizon").get(0).fact("justification"))
                .contains("Pilot counted half a year");
    }

    @Test
    void discountsLaterYearsForTheNetPresentValue() {
        // 100,000 a year for 2 years at 10%, one-time 150,000, recurring 10,000 a year:
        // benefits 100,000 / 1.1 + 100,000 / 1.21 = 90,909.0909 + 82,644.6281 = 173,553.7190;
        // costs 150,000 + 10,000 + 10,000 / 1.1 = 169,090.9091; NPV = 4,462.81.
        RoiFigures figures = figures(Roi.withObjective(Percentage.of(25))
                .withDiscountRate(Percentage.of(10))
                .of(euros("100000"), euros("150000"), euros("10000"), Horizon.months(24, "Licence of two years")));

        assertThat(shown(figures.netPresentValue().orElseThrow().value().amount()))
                .isEqualByComparingTo("4462.81");
        // Undiscounted: benefits 200,000, costs 170,000: ROI 17.647...%, short of 25%.
        assertThat(figures.costs().value()).isEqualTo(Money.of("170000", "EUR"));
        assertThat(figures.verdict().value()).isEqualTo(Verdict.FALLS_SHORT);
        assertThat(figures.notes()).isEmpty();
    }

    @Test
    void discountsAPartYearFromItsEnd() {
        // 18 months, 12,000 a year at 5%, no costs but 1,000 one-time:
        // 12,000 / 1.05 + 6,000 / 1.05^1.5 = 11,428.5714 + 5,576.5718 = 17,005.1433; NPV = 16,005.14
        // (1.05^1.5 = 1.05 x sqrt(1.05) = 1.0759298).
        RoiFigures figures = figures(Roi.withObjective(Percentage.of(25))
                .withDiscountRate(Percentage.of(5))
                .of(euros("12000"), euros("1000"), euros("0"), Horizon.months(18, "Eighteen months")));

        assertThat(shown(figures.netPresentValue().orElseThrow().value().amount()))
                .isEqualByComparingTo("16005.14");
    }

    @Test
    void saysWhenNoDiscountRateWasSetForALongerHorizon() {
        RoiFigures figures = figures(
                AT_25_PERCENT.of(euros("100000"), euros("150000"), euros("0"), Horizon.months(24, "Two years")));

        assertThat(figures.notes()).extracting(reason -> reason.code()).containsExactly("roi.discountRate.unset");
        // At 0%: 200,000 - 150,000.
        assertThat(figures.netPresentValue().orElseThrow().value()).isEqualTo(Money.of("50000", "EUR"));
    }

    @Test
    void givesAReasonInsteadOfAPaybackWhenBenefitsAreNotPositive() {
        RoiFigures figures = figures(AT_25_PERCENT.of(euros("-1000"), euros("5000"), euros("0"), Horizon.ONE_YEAR));

        assertThat(figures.paybackMonths()).isEmpty();
        assertThat(figures.noPayback().orElseThrow().code()).isEqualTo("roi.payback.undefined");
        // (-1,000 - 5,000) / 5,000 = -120%.
        assertThat(figures.roiPercent().value()).isEqualByComparingTo("-120");
    }

    @Test
    void hasNoRoiWithoutCosts() {
        RoiOutcome outcome = AT_25_PERCENT.of(euros("1000"), euros("0"), euros("0"), Horizon.ONE_YEAR);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RoiOutcome.NoRoi.class,
                        none -> assertThat(none.reasons())
                                .extracting(reason -> reason.code())
                                .containsExactly("roi.noCosts"));
    }

    private static Traced<Money> euros(String amount) {
        return Traced.of(Money.of(amount, "EUR"), Step.of("test.given", "amount", Money.of(amount, "EUR")));
    }

    private static RoiFigures figures(RoiOutcome outcome) {
        assertThat(outcome).isInstanceOf(RoiFigures.class);
        return (RoiFigures) outcome;
    }

    private static BigDecimal roi(RoiOutcome outcome) {
        return figures(outcome).roiPercent().value();
    }

    private static BigDecimal shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
