package nl.rendement.app.evaluation.charts;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * The colours of every chart, chosen so that the series drawn together stay apart in greyscale:
 * within each {@link #together() set} any two colours differ by at least 0.20 in relative
 * luminance (WCAG 2). Series that share a luminance are told apart by marker or dash instead.
 */
public final class ChartPalette {

    static final Color INK = new Color(0x1f2933);
    static final Color MUTED = new Color(0x52606d);
    static final Color GRID = new Color(0xe4e7eb);
    static final Color PAPER = Color.WHITE;

    static final Color PARTICIPANTS = new Color(0x1b4f72);
    static final Color COMPARISON = new Color(0xe69f00);

    static final Color BENEFIT = new Color(0x3a9a6a);
    static final Color COST = new Color(0xf4a582);
    static final Color NET = new Color(0x1f3a5f);

    static final Color MET = new Color(0x0b6e4f);
    static final Color NOT_MET = new Color(0xf2c14e);
    static final Color NO_OBJECTIVE = new Color(0xf5f7fa);

    static final Color RANGE = new Color(0x9ecae1);
    static final Color ESTIMATE = new Color(0x1f3a5f);
    static final Color OBJECTIVE = new Color(0xd4860b);

    static final Color LOW_END = new Color(0x9ecae1);
    static final Color HIGH_END = new Color(0x1b4f72);

    static final Color BEFORE = new Color(0x9ecae1);
    static final Color AFTER = new Color(0x1b4f72);

    /** Answers from the lowest to the highest, light to dark. */
    static final List<Color> ANSWERS = List.of(
            new Color(0xf4f8fc), new Color(0xcaddf0), new Color(0x97bee1), new Color(0x4f90cc), new Color(0x183753));

    private ChartPalette() {}

    /** The colours each chart draws side by side, by chart. */
    public static Map<String, List<Color>> together() {
        return Map.of(
                "trend", List.of(PARTICIPANTS, COMPARISON),
                "waterfall", List.of(BENEFIT, COST, NET),
                "chain", List.of(MET, NOT_MET, NO_OBJECTIVE),
                "range", List.of(RANGE, ESTIMATE, OBJECTIVE),
                "tornado", List.of(LOW_END, HIGH_END),
                "prePost", List.of(BEFORE, AFTER),
                "answers", ANSWERS);
    }

    /** The answer colours for a scale of {@code count} answers: evenly spread over the ramp, light to dark. */
    static List<Color> answers(int count) {
        if (count < 2 || count > ANSWERS.size()) {
            throw new IllegalArgumentException("a rating scale has 2 to " + ANSWERS.size() + " answers: " + count);
        }
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> ANSWERS.get(Math.round(i * (ANSWERS.size() - 1) / (float) (count - 1))))
                .toList();
    }

    /** Text that reads on a fill of this colour: ink on light, white on dark. */
    static Color textOn(Color fill) {
        return luminance(fill) > 0.3 ? INK : PAPER;
    }

    /** Relative luminance as WCAG 2 defines it, 0 for black to 1 for white. */
    public static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed())
                + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
