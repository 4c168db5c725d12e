package nl.rendement.engine.costs;

/**
 * The cost categories of a fully loaded evaluation (METHOD §6, after Phillips). Phillips' principle
 * 10 ("fully load all costs"): every category of a programme is present or explicitly zero.
 */
public enum CostCategory {
    NEEDS_ASSESSMENT,
    DESIGN_AND_DEVELOPMENT,
    /** Licences and content. */
    ACQUISITION,
    /** Facilitators, coordination, materials, facilities, travel, meals. */
    DELIVERY,
    /** Participants' salaries and employer costs for their time in training. */
    PARTICIPANT_TIME,
    CAPITAL,
    OVERHEAD,
    EVALUATION_AND_REPORTING
}
