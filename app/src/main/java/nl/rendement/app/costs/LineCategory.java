package nl.rendement.app.costs;

import java.util.Locale;
import java.util.Optional;
import nl.rendement.engine.costs.CostCategory;

/** What a ledger line is: a cost in one of the engine's fully loaded categories, or a reimbursement. */
public enum LineCategory {
    NEEDS_ASSESSMENT,
    DESIGN_AND_DEVELOPMENT,
    ACQUISITION,
    DELIVERY,
    PARTICIPANT_TIME,
    CAPITAL,
    OVERHEAD,
    EVALUATION_AND_REPORTING,
    /** Money received towards the programme (a training fund, a subsidy): kept apart, never netted into a cost. */
    REIMBURSEMENT;

    /** The engine's cost category; none for a reimbursement. */
    public Optional<CostCategory> costCategory() {
        return this == REIMBURSEMENT ? Optional.empty() : Optional.of(CostCategory.valueOf(name()));
    }

    /** As the database and import files write it: {@code design_and_development}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LineCategory ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
