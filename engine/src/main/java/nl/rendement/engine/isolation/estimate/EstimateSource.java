package nl.rendement.engine.isolation.estimate;

/**
 * Who estimated the programme's share of an improvement (METHOD §3; Phillips and Phillips, the
 * estimation methods of isolation). All sources are credibility tier 3 (METHOD §2). The extreme-claim
 * median is taken within one source, never across sources.
 */
public enum EstimateSource {
    PARTICIPANT,
    MANAGER,
    SENIOR_MANAGEMENT,
    EXPERT
}
