package nl.rendement.app.importing;

/** An import's data was committed or undone, by {@code actor}; published in its transaction. */
public record ImportApplied(long importId, String kind, String actor) {}
