package nl.rendement.engine.isolation;

/**
 * Which credible estimate becomes a measure's headline (METHOD §2, principle 4, the conservative
 * rule): the lowest attributable benefit among all credible estimates (default), or the lowest
 * within the most credible tier that has one.
 */
public enum HeadlineRule {
    LOWEST_OF_ALL_CREDIBLE,
    LOWEST_IN_MOST_CREDIBLE_TIER
}
