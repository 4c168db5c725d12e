package nl.rendement.app.evaluation.steps;

/**
 * A chart as a step page shows it: its SVG, linked to the trail of the figure it draws, under a
 * caption.
 *
 * @param id the chart's id, unique on its page
 * @param pointer the pointer of the result's figure whose trail explains the chart
 * @param caption the message key of the chart's caption
 * @param svg the chart's {@code <svg>} element
 */
public record StepChart(String id, String pointer, String caption, String svg) {}
