package nl.rendement.app.evaluation.steps;

/**
 * A figure as a page shows it: its text in the reader's language and the pointer of the result's
 * figure whose trail explains it (the page links the text there).
 */
public record Shown(String text, String pointer) {}
