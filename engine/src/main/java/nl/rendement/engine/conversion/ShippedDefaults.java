package nl.rendement.engine.conversion;

import java.util.List;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Percentage;

/**
 * The conversion values Rendement ships (METHOD §5), each with source, year, country and
 * currency; an organisation edits or replaces them. Shipped values keep their original currency;
 * they are converted only by an explicit rate. The source article's claims (40-60% less time
 * online, 25% fewer leavers after leadership programmes, ...) are never among them.
 */
public final class ShippedDefaults {

    private static final String PHILLIPS = "Phillips & Connell, Managing Employee Retention (2003): turnover cost"
            + " as % of annual salary by job group";

    /** Turnover cost per leaver as a share of annual salary, by job group; the default is the low end. */
    public static final List<SalaryShare> TURNOVER_COST = List.of(
            share("entry-level", 30, 50),
            share("office-admin", 50, 80),
            share("professional", 75, 125),
            share("supervisor", 100, 150),
            share("middle-manager", 125, 200),
            share("senior-executive", 200, 400));

    /**
     * A more conservative alternative: about one fifth of annual salary for jobs paying below
     * USD 75,000 (Boushey and Glynn, Center for American Progress, 2012).
     */
    public static final SalaryShare TURNOVER_COST_BELOW_75K = new SalaryShare(
            "below-usd-75000",
            Percentage.of(20),
            Percentage.of(20),
            Technique.EXTERNAL_STUDY,
            "Boushey & Glynn, There Are Significant Business Costs to Replacing Employees, Center for American"
                    + " Progress",
            2012,
            "US");

    /** Employer costs on top of wages, US private industry: 41.9% of wages (BLS ECEC, December 2024). */
    public static final Percentage US_EMPLOYER_COSTS = Percentage.of("41.9");

    /**
     * The global average cost of a data breach (IBM Cost of a Data Breach 2025): used only with an
     * explicit change in breach probability (expected saving = change in probability × cost).
     */
    public static final ConversionValue DATA_BREACH = ConversionValue.of(
                    Technique.EXTERNAL_STUDY,
                    Money.of("4440000", "USD"),
                    "IBM, Cost of a Data Breach Report 2025 (global average)",
                    2025)
            .withEvidence("Only with an explicit change in breach probability");

    private ShippedDefaults() {}

    private static SalaryShare share(String jobGroup, int low, int high) {
        return new SalaryShare(
                jobGroup, Percentage.of(low), Percentage.of(high), Technique.EXTERNAL_STUDY, PHILLIPS, 2003, "US");
    }
}
