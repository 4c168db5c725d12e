package nl.rendement.app.plan;

/**
 * One field a plan revision changed: its path in the plan ({@code measures[0].value.amount}) and
 * its JSON value before and after (a text as itself; null when the field was absent).
 */
public record PlanChange(String field, String before, String after) {}
