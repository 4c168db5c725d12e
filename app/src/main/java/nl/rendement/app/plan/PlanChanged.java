package nl.rendement.app.plan;

/** A programme's plan was created, edited or undone, by {@code actor}; published in its transaction. */
public record PlanChanged(long programmeId, int revision, String actor) {}
