package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.EvaluationSettings;
import nl.rendement.engine.Intangible;
import nl.rendement.engine.isolation.HeadlineRule;
import nl.rendement.engine.money.ExchangeRate;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;

/** The settings, horizon, exchange rates and intangibles of an evaluation file. */
final class SettingsYaml {

    /** The longest horizon the engine accepts (METHOD §6). */
    private static final int MAX_HORIZON_MONTHS = 120;

    private static final EvaluationSettings DEFAULTS =
            EvaluationSettings.defaults(Currency.getInstance("EUR"), Percentage.of(0), BigDecimal.ONE);

    private SettingsYaml() {}

    static Optional<EvaluationSettings> settings(YamlMap map, Currency reporting) {
        Context context = map.context();
        int mark = context.mark();
        map.require("reportingCurrency"); // read, and any other problem reported, by EvaluationYaml
        Percentage employerCosts = map.required("employerCosts", Kind.PERCENTAGE);
        BigDecimal hours = map.required("hoursWorkedPerFteYear", Kind.POSITIVE);
        boolean vatReclaimable = map.orDefault("vatReclaimable", Kind.BOOLEAN, DEFAULTS.vatReclaimable());
        int k = map.orDefault("k", Kind.INTEGER, DEFAULTS.anonymityThreshold());
        Optional<Percentage> discountRate = map.optional("discountRate", Kind.SHARE);
        Percentage objective = new Percentage(map.orDefault(
                "roiObjective", Kind.DECIMAL, DEFAULTS.roiObjective().value()));
        HeadlineRule rule = map.orDefault("headlineRule", Kind.of(HeadlineRule.class), DEFAULTS.headlineRule());
        boolean extremeClaimRule = map.orDefault("extremeClaimRule", Kind.BOOLEAN, DEFAULTS.extremeClaimRule());
        map.done();
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                map.node(),
                map.path(),
                () -> new EvaluationSettings(
                        reporting,
                        employerCosts,
                        hours,
                        vatReclaimable,
                        k,
                        discountRate,
                        objective,
                        rule,
                        extremeClaimRule));
    }

    /** One year when the file names no horizon. */
    static Optional<Horizon> horizon(YamlMap root) {
        if (!root.has("horizon")) {
            return Optional.of(Horizon.ONE_YEAR);
        }
        return root.map("horizon").flatMap(map -> {
            int mark = map.context().mark();
            Integer months = map.required("months", Kind.INTEGER);
            Optional<String> justification = map.optional("justification", Kind.TEXT);
            if (months != null && (months < 1 || months > MAX_HORIZON_MONTHS)) {
                map.context()
                        .at(
                                map.at("months"),
                                map.field("months"),
                                "evaluation.problem.outOfRange",
                                months,
                                1,
                                MAX_HORIZON_MONTHS);
            } else if (months != null && months != Horizon.ONE_YEAR.months() && !map.has("justification")) {
                map.context().at(map.node(), map.field("justification"), "evaluation.problem.justification");
            }
            map.done();
            if (!map.context().cleanSince(mark)) {
                return Optional.empty();
            }
            return map.context().engine(map.node(), "horizon", () -> new Horizon(months, justification));
        });
    }

    static ExchangeRates rates(YamlMap root) {
        List<ExchangeRate> rates = new ArrayList<>();
        for (YamlMap map : root.maps("exchangeRates")) {
            int mark = map.context().mark();
            Currency from = map.required("from", Kind.CURRENCY);
            Currency to = map.required("to", Kind.CURRENCY);
            BigDecimal rate = map.required("rate", Kind.POSITIVE);
            LocalDate date = map.required("date", Kind.DATE);
            String source = map.required("source", Kind.TEXT);
            map.done();
            if (map.context().cleanSince(mark)) {
                map.context()
                        .engine(map.node(), map.field("from"), () -> new ExchangeRate(from, to, rate, date, source))
                        .ifPresent(rates::add);
            }
        }
        return new ExchangeRates(rates);
    }

    static List<Intangible> intangibles(YamlMap root) {
        List<Intangible> intangibles = new ArrayList<>();
        for (YamlMap map : root.maps("intangibles")) {
            int mark = map.context().mark();
            String name = map.required("name", Kind.TEXT);
            String description = map.orDefault("description", Kind.TEXT, "");
            Optional<String> measure = map.optional("measure", Kind.TEXT);
            map.done();
            if (map.context().cleanSince(mark)) {
                map.context()
                        .engine(map.node(), map.field("name"), () -> new Intangible(name, description, measure))
                        .ifPresent(intangibles::add);
            }
        }
        return intangibles;
    }
}
