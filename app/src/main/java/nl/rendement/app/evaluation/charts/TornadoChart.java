package nl.rendement.app.evaluation.charts;

import static nl.rendement.app.evaluation.charts.ChartPalette.HIGH_END;
import static nl.rendement.app.evaluation.charts.ChartPalette.INK;
import static nl.rendement.app.evaluation.charts.ChartPalette.LOW_END;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * Sensitivity as a tornado: per uncertain input, one bar from the headline ROI to the ROI with the
 * input at its low end (light) and one to the ROI at its high end (dark), the input that swings
 * the ROI most on top. Read it top down: the inputs at the top are the ones worth measuring better.
 */
public final class TornadoChart {

    /**
     * @param headline the headline ROI in percent, where every bar starts
     * @param low the first series' name, e.g. "Input at its low end"; {@code high} the second's
     */
    public record Tornado(BigDecimal headline, String low, String high, List<Input> inputs) {

        public Tornado {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("a tornado needs an uncertain input");
            }
            inputs = inputs.stream()
                    .sorted(Comparator.comparing(Input::swing).reversed())
                    .toList();
        }
    }

    /** An input's name and the ROI, in percent, at its low and at its high end. */
    public record Input(String name, BigDecimal roiAtLow, BigDecimal roiAtHigh) {

        BigDecimal swing() {
            return roiAtHigh.subtract(roiAtLow).abs();
        }
    }

    private TornadoChart() {}

    public static Svg draw(Tornado tornado, ChartContext context) {
        NumberFormat percent = context.numbers().percentFormat(0);
        CategoryAxis inputs = new CategoryAxis();
        inputs.setMaximumCategoryLabelWidthRatio(0.32f);
        inputs.setMaximumCategoryLabelLines(2);
        inputs.setUpperMargin(0.1);
        CategoryPlot plot = new CategoryPlot(
                dataset(tornado), inputs, ChartStyle.valueAxis(context.message("charts.tornado.axis"), percent), null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        var chart = ChartStyle.chart(plot, true);
        plot.setRenderer(renderer(tornado, percent));
        plot.getRangeAxis()
                .setRange(ChartStyle.span(
                        0.12,
                        Stream.concat(
                                        Stream.of(tornado.headline()),
                                        tornado.inputs().stream()
                                                .flatMap(input -> Stream.of(input.roiAtLow(), input.roiAtHigh())))
                                .mapToDouble(BigDecimal::doubleValue)
                                .toArray()));
        plot.addRangeMarker(headline(tornado, context));
        return SvgRendering.render(
                chart, context, context.message("charts.tornado.title"), description(tornado, context));
    }

    private static DefaultIntervalCategoryDataset dataset(Tornado tornado) {
        int count = tornado.inputs().size();
        Number[][] starts = new Number[2][count];
        Number[][] ends = new Number[2][count];
        Category[] categories = new Category[count];
        for (int i = 0; i < count; i++) {
            Input input = tornado.inputs().get(i);
            categories[i] = new Category(i, input.name());
            starts[0][i] = tornado.headline();
            starts[1][i] = tornado.headline();
            ends[0][i] = input.roiAtLow();
            ends[1][i] = input.roiAtHigh();
        }
        return new DefaultIntervalCategoryDataset(
                new Comparable<?>[] {tornado.low(), tornado.high()}, categories, starts, ends);
    }

    private static IntervalBarRenderer renderer(Tornado tornado, NumberFormat percent) {
        IntervalBarRenderer renderer = ChartStyle.flat(new TornadoEndLabels(tornado));
        renderer.setSeriesPaint(0, LOW_END);
        renderer.setSeriesPaint(1, HIGH_END);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent));
        return renderer;
    }

    private static ValueMarker headline(Tornado tornado, ChartContext context) {
        ValueMarker marker = ChartStyle.marker(
                tornado.headline().doubleValue(),
                INK,
                ChartStyle.SOLID,
                context.message("charts.tornado.headline", context.numbers().percent(tornado.headline())));
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private static String description(Tornado tornado, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        return context.message(
                "charts.tornado.desc",
                numbers.percent(tornado.headline()),
                tornado.inputs().stream()
                        .map(input -> context.message(
                                "charts.tornado.desc.input",
                                input.name(),
                                numbers.percent(input.roiAtLow()),
                                numbers.percent(input.roiAtHigh())))
                        .collect(Collectors.joining("; ")));
    }
}
