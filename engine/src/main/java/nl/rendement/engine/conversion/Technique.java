package nl.rendement.engine.conversion;

/**
 * How the value of one unit of a measure was found, in falling credibility (METHOD §5, Phillips):
 * output as contribution (price × margin, never revenue), cost of quality, employee time (only
 * where the saved time is redeployed, with evidence of what it went to), historical cost,
 * internal or external expert, external studies, linking to other measures, estimates (least
 * credible; confidence-adjusted).
 */
public enum Technique {
    OUTPUT_AS_CONTRIBUTION,
    COST_OF_QUALITY,
    EMPLOYEE_TIME,
    HISTORICAL_COST,
    EXPERT,
    EXTERNAL_STUDY,
    LINKED_MEASURE,
    ESTIMATE
}
