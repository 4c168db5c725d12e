package nl.rendement.app.evaluation.charts;

/**
 * A chart as one {@code <svg>} element, ready to be written into a page or a PDF as it is: its
 * {@code <title>} and {@code <desc>} come first and the element is labelled by both.
 */
public record Svg(String markup) {

    public Svg {
        if (!markup.startsWith("<svg")) {
            throw new IllegalArgumentException(
                    "not an svg element: " + markup.substring(0, Math.min(40, markup.length())));
        }
    }

    @Override
    public String toString() {
        return markup;
    }
}
