package nl.rendement.app.evaluation.charts;

import static nl.rendement.app.evaluation.charts.ChartPalette.AFTER;
import static nl.rendement.app.evaluation.charts.ChartPalette.BEFORE;

import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Level 2: per skill test, the mean score before (light) and after (dark) the programme side by
 * side, with the gain (after minus before) named under the test. Read each pair on its own: tests
 * are analysed apart and never summed, so compare bars within a pair, not across tests of
 * different scales.
 */
public final class PrePostChart {

    /**
     * @param scores the value axis's label, e.g. "Mean score (0–100)"
     * @param before the first series' name, e.g. "Before"; {@code after} the second's
     */
    public record PrePost(String scores, String before, String after, List<Test> tests, int decimals) {

        public PrePost {
            tests = List.copyOf(tests);
            if (tests.isEmpty()) {
                throw new IllegalArgumentException("pre/post gains need a test");
            }
        }
    }

    /** A test's name and its people's mean score before and after. */
    public record Test(String name, double meanBefore, double meanAfter) {

        double gain() {
            return meanAfter - meanBefore;
        }
    }

    private PrePostChart() {}

    public static Svg draw(PrePost prePost, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < prePost.tests().size(); i++) {
            Test test = prePost.tests().get(i);
            Category category = new Category(
                    i,
                    context.message(
                            "charts.prePost.test", test.name(), numbers.signed(test.gain(), prePost.decimals())));
            dataset.addValue(test.meanBefore(), prePost.before(), category);
            dataset.addValue(test.meanAfter(), prePost.after(), category);
        }
        CategoryAxis tests = new CategoryAxis();
        tests.setMaximumCategoryLabelLines(2);
        NumberFormat format = numbers.numberFormat(prePost.decimals());
        NumberAxis scores = ChartStyle.valueAxis(prePost.scores(), numbers);
        scores.setAutoRangeIncludesZero(true);
        scores.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, tests, scores, null);
        plot.setOrientation(PlotOrientation.VERTICAL);
        var chart = ChartStyle.chart(plot, true);
        ChartStyle.labelsAcross(tests, dataset.getColumnKeys(), context.width());
        plot.setRenderer(renderer(format));
        return SvgRendering.render(
                chart, context, context.message("charts.prePost.title"), description(prePost, context));
    }

    private static BarRenderer renderer(NumberFormat format) {
        BarRenderer renderer = ChartStyle.flat(new BarRenderer());
        renderer.setSeriesPaint(0, BEFORE);
        renderer.setSeriesPaint(1, AFTER);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.14);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        return renderer;
    }

    private static String description(PrePost prePost, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        return context.message(
                "charts.prePost.desc",
                prePost.tests().stream()
                        .map(test -> context.message(
                                "charts.prePost.desc.test",
                                test.name(),
                                numbers.number(test.meanBefore(), prePost.decimals()),
                                numbers.number(test.meanAfter(), prePost.decimals()),
                                numbers.signed(test.gain(), prePost.decimals())))
                        .collect(Collectors.joining("; ")));
    }
}
