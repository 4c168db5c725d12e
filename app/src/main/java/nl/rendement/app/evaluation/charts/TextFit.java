package nl.rendement.app.evaluation.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Words broken into lines that fit a width, measured as JFreeSVG measures them (with a buffered
 * image's metrics); what does not fit in the last line ends in an ellipsis.
 */
final class TextFit {

    private static final Graphics2D MEASURE = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

    private TextFit() {}

    static List<String> lines(String text, Font font, double width, int maxLines) {
        FontMetrics metrics = metrics(font);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(longer) <= width || line.isEmpty()) {
                line = longer;
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        if (lines.size() <= maxLines) {
            return lines.stream().map(shown -> shorten(shown, metrics, width)).toList();
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, shorten(kept.get(maxLines - 1) + " …", metrics, width));
        return kept.stream().map(shown -> shorten(shown, metrics, width)).toList();
    }

    /** The width of a text in pixels. */
    static int width(String text, Font font) {
        return metrics(font).stringWidth(text);
    }

    private static String shorten(String line, FontMetrics metrics, double width) {
        String shown = line;
        while (metrics.stringWidth(shown) > width && shown.length() > 2) {
            shown = shown.substring(0, shown.length() - 2).strip() + "…";
        }
        return shown;
    }

    private static synchronized FontMetrics metrics(Font font) {
        return MEASURE.getFontMetrics(font);
    }
}
