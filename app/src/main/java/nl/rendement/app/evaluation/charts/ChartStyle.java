package nl.rendement.app.evaluation.charts;

import static nl.rendement.app.evaluation.charts.ChartPalette.GRID;
import static nl.rendement.app.evaluation.charts.ChartPalette.INK;
import static nl.rendement.app.evaluation.charts.ChartPalette.MUTED;
import static nl.rendement.app.evaluation.charts.ChartPalette.PAPER;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * The one look of all charts: white ground, light grid, no frames or shadows, the system's
 * sans-serif (no web fonts), text no smaller than 11 pixels, the legend above the plot.
 */
final class ChartStyle {

    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font REGULAR = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font STRONG = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font LARGE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    static final Stroke SOLID = new BasicStroke(2f);
    static final Stroke THIN = new BasicStroke(1f);
    static final Stroke HAIRLINE = new BasicStroke(0.5f);
    static final Stroke DASHED =
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    private static final StandardChartTheme THEME = theme();

    private static final CategoryLabelPositions WHOLE_WIDTH = new CategoryLabelPositions(
            new CategoryLabelPosition(
                    RectangleAnchor.BOTTOM, TextBlockAnchor.BOTTOM_CENTER, CategoryLabelWidthType.CATEGORY, 1.0f),
            new CategoryLabelPosition(
                    RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER, CategoryLabelWidthType.CATEGORY, 1.0f),
            new CategoryLabelPosition(
                    RectangleAnchor.RIGHT, TextBlockAnchor.CENTER_RIGHT, CategoryLabelWidthType.RANGE, 0.3f),
            new CategoryLabelPosition(
                    RectangleAnchor.LEFT, TextBlockAnchor.CENTER_LEFT, CategoryLabelWidthType.RANGE, 0.3f));

    private ChartStyle() {}

    /** A chart of that plot in the common look; style renderers after this, as the theme resets them. */
    static JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, REGULAR, plot, legend);
        THEME.apply(chart);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 6, 6, 14));
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        LegendTitle title = chart.getLegend();
        if (title != null) {
            title.setFrame(BlockBorder.NONE);
            title.setPosition(RectangleEdge.TOP);
            title.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
        return chart;
    }

    /** A value axis with its figures formatted for the reader. */
    static NumberAxis valueAxis(String label, NumberFormat format) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(format);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** A value axis for plain numbers, its ticks as the reader's language writes them. */
    static NumberAxis valueAxis(String label, ChartNumbers numbers) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(numbers.tickUnits());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** From the lowest to the highest of the values, widened on both sides by that share (at least 2). */
    static Range span(double share, double... values) {
        double low = java.util.Arrays.stream(values).min().orElseThrow();
        double high = java.util.Arrays.stream(values).max().orElseThrow();
        double margin = Math.max(2, (high - low) * share);
        return new Range(low - margin, high + margin);
    }

    /** Bars flat, without shadow, with their figures in small ink. */
    static <R extends BarRenderer> R flat(R renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelFont(SMALL);
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultItemLabelsVisible(true);
        return renderer;
    }

    /** A line across the plot at that value, labelled in small text on no background. */
    static ValueMarker marker(double value, Color paint, Stroke stroke, String label) {
        ValueMarker marker = new ValueMarker(value, paint, stroke);
        marker.setLabel(label);
        marker.setLabelFont(SMALL);
        marker.setLabelPaint(INK);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return marker;
    }

    /**
     * Category labels under vertical bars that may use their category's whole width, turned up
     * by 45 degrees when a word of one is wider than that (so that no word is broken).
     */
    static void labelsAcross(CategoryAxis axis, List<?> categories, int chartWidth) {
        double width = (chartWidth - 100.0) / categories.size();
        boolean fits = categories.stream()
                .flatMap(category -> java.util.Arrays.stream(category.toString().split("\\s+")))
                .allMatch(word -> TextFit.width(word, axis.getTickLabelFont()) <= width);
        axis.setCategoryLabelPositions(fits ? WHOLE_WIDTH : CategoryLabelPositions.UP_45);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Rendement");
        theme.setExtraLargeFont(LARGE);
        theme.setLargeFont(REGULAR);
        theme.setRegularFont(REGULAR);
        theme.setSmallFont(SMALL);
        theme.setChartBackgroundPaint(PAPER);
        theme.setPlotBackgroundPaint(PAPER);
        theme.setPlotOutlinePaint(PAPER);
        theme.setLegendBackgroundPaint(PAPER);
        theme.setLegendItemPaint(INK);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(MUTED);
        theme.setItemLabelPaint(INK);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }
}
