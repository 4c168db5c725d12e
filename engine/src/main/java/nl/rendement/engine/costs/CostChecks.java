package nl.rendement.engine.costs;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.rendement.engine.trail.Reason;

/** Why a ledger cannot be costed yet: every reason at once, so that the user can fix them together. */
final class CostChecks {

    private CostChecks() {}

    static List<Reason> reasons(CostLedger ledger, int participantsEvaluated, Converter converter) {
        if (ledger.isEmpty()) {
            return List.of(Reason.of("cost.nothingGiven"));
        }
        List<Reason> reasons = new ArrayList<>();
        missingCategories(ledger).ifPresent(reasons::add);
        missingRates(ledger, converter).ifPresent(reasons::add);
        fewerExpectedThanEvaluated(ledger, participantsEvaluated).ifPresent(reasons::add);
        return reasons;
    }

    /** Phillips' principle 10: every category is present or explicitly zero. */
    private static Optional<Reason> missingCategories(CostLedger ledger) {
        Set<CostCategory> missing = EnumSet.allOf(CostCategory.class);
        missing.removeAll(ledger.presentCategories());
        missing.removeAll(ledger.explicitlyZero());
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(Reason.of("cost.categoriesMissing", "categories", List.copyOf(missing)));
    }

    private static Optional<Reason> missingRates(CostLedger ledger, Converter converter) {
        Stream<Currency> lines =
                ledger.lines().stream().map(line -> line.amountExclVat().currency());
        Stream<Currency> reimbursements = ledger.reimbursements().stream()
                .map(reimbursement -> reimbursement.amount().currency());
        Stream<Currency> salaries = ledger.participantTime().stream()
                .flatMap(time -> time.attendances().stream())
                .map(attendance -> attendance.annualSalary().currency());
        List<String> missing = Stream.of(lines, reimbursements, salaries)
                .flatMap(currencies -> currencies)
                .distinct()
                .filter(currency -> !converter.canConvert(currency))
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList();
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(Reason.of(
                        "cost.noExchangeRate",
                        "currencies",
                        missing,
                        "reportingCurrency",
                        converter.target().getCurrencyCode()));
    }

    /** Expected participants over the programme's life cannot be fewer than those evaluated. */
    private static Optional<Reason> fewerExpectedThanEvaluated(CostLedger ledger, int participantsEvaluated) {
        List<String> lines = ledger.lines().stream()
                .filter(line -> line.proration()
                        .filter(proration -> proration.expectedParticipants() < participantsEvaluated)
                        .isPresent())
                .map(CostLine::id)
                .sorted()
                .toList();
        return lines.isEmpty()
                ? Optional.empty()
                : Optional.of(Reason.of(
                        "cost.fewerExpectedThanEvaluated",
                        "lines",
                        lines,
                        "participantsEvaluated",
                        participantsEvaluated));
    }
}
