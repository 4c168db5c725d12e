package nl.rendement.app.evaluation.charts;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Where and for whom a chart is drawn: the element id (unique on its page; the title's and
 * description's ids derive from it), the reader's language for words and figures, the bundles the
 * sentences come from, and the size in pixels (640 by 320 unless set: a page column).
 */
public record ChartContext(String id, Locale locale, MessageSource messages, int width, int height) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public ChartContext {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a chart id is lower-case letters, digits and dashes: " + id);
        }
        if (width < 200 || height < 120) {
            throw new IllegalArgumentException("a chart needs at least 200 by 120 pixels: " + width + "x" + height);
        }
    }

    public static ChartContext of(String id, Locale locale, MessageSource messages) {
        return new ChartContext(id, locale, messages, 640, 320);
    }

    public ChartContext withSize(int width, int height) {
        return new ChartContext(id, locale, messages, width, height);
    }

    /** A sentence of the bundles in the reader's language. */
    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    ChartNumbers numbers() {
        return new ChartNumbers(locale);
    }
}
