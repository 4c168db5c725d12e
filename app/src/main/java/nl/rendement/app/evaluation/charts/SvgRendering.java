package nl.rendement.app.evaluation.charts;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.ViewBox;

/**
 * Draws a chart on JFreeSVG's canvas and makes the element accessible: {@code role="img"},
 * labelled by a {@code <title>} and a {@code <desc>} that come first. The ids of the definitions
 * start with the chart's id instead of a clock reading, so the same chart gives the same bytes.
 */
final class SvgRendering {

    private SvgRendering() {}

    static Svg render(JFreeChart chart, ChartContext context, String title, String description) {
        SVGGraphics2D canvas = new SVGGraphics2D(context.width(), context.height());
        canvas.setDefsKeyPrefix(context.id() + "-");
        chart.draw(canvas, new Rectangle(0, 0, context.width(), context.height()));
        String element = canvas.getSVGElement(
                context.id(), true, new ViewBox(0, 0, context.width(), context.height()), null, null);
        int open = element.indexOf('>');
        String titleId = context.id() + "-title";
        String descId = context.id() + "-desc";
        return new Svg(element.substring(0, open)
                + " role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\">"
                + "<title id=\"" + titleId + "\">" + escape(title) + "</title>"
                + "<desc id=\"" + descId + "\">" + escape(description) + "</desc>"
                + element.substring(open + 1));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
