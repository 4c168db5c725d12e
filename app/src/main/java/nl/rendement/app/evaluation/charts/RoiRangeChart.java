package nl.rendement.app.evaluation.charts;

import static nl.rendement.app.evaluation.charts.ChartPalette.ESTIMATE;
import static nl.rendement.app.evaluation.charts.ChartPalette.INK;
import static nl.rendement.app.evaluation.charts.ChartPalette.OBJECTIVE;
import static nl.rendement.app.evaluation.charts.ChartPalette.RANGE;

import java.awt.Font;
import java.awt.Polygon;
import java.math.BigDecimal;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The ROI's uncertainty: a band from the 5th to the 95th percentile of the simulated ROI with a
 * line at the median, the headline ROI as a diamond and the ROI objective (the hurdle) as a dashed
 * vertical line. Read it as: in 90% of the simulations the ROI fell inside the band; the further
 * the band lies right of the dashed line, the surer the objective is met. The chance of meeting
 * it is written below.
 */
public final class RoiRangeChart {

    private static final double BAND_LOW = 0.36;
    private static final double BAND_HIGH = 0.64;

    /**
     * ROI figures in percent (18 is 18%); {@code probability} the chance of meeting the objective, 0 to 1.
     */
    public record RoiRange(
            double p5, double median, double p95, BigDecimal headline, BigDecimal objective, double probability) {

        public RoiRange {
            if (!(p5 <= median && median <= p95)) {
                throw new IllegalArgumentException("p5 <= median <= p95: " + p5 + ", " + median + ", " + p95);
            }
            if (probability < 0 || probability > 1) {
                throw new IllegalArgumentException("a probability is between 0 and 1: " + probability);
            }
        }
    }

    private RoiRangeChart() {}

    public static Svg draw(RoiRange range, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        XYSeriesCollection headline = new XYSeriesCollection();
        XYSeries point = new XYSeries(context.message("charts.range.headline"));
        point.add(range.headline().doubleValue(), 0.5);
        headline.addSeries(point);
        NumberAxis roi = ChartStyle.valueAxis(context.message("charts.range.axis"), numbers.percentFormat(0));
        NumberAxis none = new NumberAxis();
        none.setRange(0, 1);
        none.setVisible(false);
        XYPlot plot = new XYPlot(headline, roi, none, null);
        var chart = ChartStyle.chart(plot, false);
        plot.setRangeGridlinesVisible(false);
        plot.setRenderer(diamond());
        roi.setRange(ChartStyle.span(
                0.15,
                range.p5(),
                range.p95(),
                range.objective().doubleValue(),
                range.headline().doubleValue()));
        drawBand(plot, range, context);
        plot.addDomainMarker(objective(range, context));
        TextTitle chance = new TextTitle(
                context.message("charts.range.probability", numbers.percent(range.probability() * 100)),
                ChartStyle.REGULAR);
        chance.setPaint(INK);
        chance.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(chance);
        return SvgRendering.render(chart, context, context.message("charts.range.title"), description(range, context));
    }

    private static XYLineAndShapeRenderer diamond() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Polygon(new int[] {0, 8, 0, -8}, new int[] {-8, 0, 8, 0}, 4));
        renderer.setSeriesPaint(0, ESTIMATE);
        renderer.setUseOutlinePaint(true);
        renderer.setSeriesOutlinePaint(0, ChartPalette.PAPER);
        return renderer;
    }

    private static void drawBand(XYPlot plot, RoiRange range, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        XYItemRenderer behind = plot.getRenderer();
        behind.addAnnotation(
                new XYBoxAnnotation(range.p5(), BAND_LOW, range.p95(), BAND_HIGH, null, null, RANGE), Layer.BACKGROUND);
        behind.addAnnotation(
                new XYLineAnnotation(range.median(), BAND_LOW, range.median(), BAND_HIGH, ChartStyle.SOLID, INK),
                Layer.BACKGROUND);
        plot.addAnnotation(label(
                context.message("charts.range.p5", numbers.percent(range.p5())),
                range.p5(),
                BAND_HIGH + 0.04,
                TextAnchor.BOTTOM_CENTER,
                ChartStyle.SMALL));
        plot.addAnnotation(label(
                context.message("charts.range.p95", numbers.percent(range.p95())),
                range.p95(),
                BAND_HIGH + 0.04,
                TextAnchor.BOTTOM_CENTER,
                ChartStyle.SMALL));
        plot.addAnnotation(label(
                context.message("charts.range.median", numbers.percent(range.median())),
                range.median(),
                BAND_LOW - 0.04,
                TextAnchor.TOP_CENTER,
                ChartStyle.SMALL));
        plot.addAnnotation(label(
                context.message("charts.range.headlineAt", numbers.percent(range.headline())),
                range.headline().doubleValue(),
                0.86,
                headlineRight(range) ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT,
                ChartStyle.STRONG));
    }

    private static XYTextAnnotation label(String text, double x, double y, TextAnchor anchor, Font font) {
        XYTextAnnotation label = new XYTextAnnotation(text, x, y);
        label.setTextAnchor(anchor);
        label.setFont(font);
        label.setPaint(INK);
        return label;
    }

    private static ValueMarker objective(RoiRange range, ChartContext context) {
        ValueMarker hurdle = ChartStyle.marker(
                range.objective().doubleValue(),
                OBJECTIVE,
                ChartStyle.DASHED,
                context.message("charts.range.objective", context.numbers().percent(range.objective())));
        hurdle.setLabelAnchor(headlineRight(range) ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
        hurdle.setLabelTextAnchor(headlineRight(range) ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        return hurdle;
    }

    /** Whether the headline lies right of the objective: its label then reads rightwards, the objective's leftwards. */
    private static boolean headlineRight(RoiRange range) {
        return range.headline().compareTo(range.objective()) >= 0;
    }

    private static String description(RoiRange range, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        return context.message(
                "charts.range.desc",
                numbers.percent(range.p5()),
                numbers.percent(range.p95()),
                numbers.percent(range.median()),
                numbers.percent(range.headline()),
                numbers.percent(range.objective()),
                numbers.percent(range.probability() * 100));
    }
}
