package nl.rendement.app.evaluation.charts;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Level 1 per rating item: one bar of 100% per item, split into the share of respondents who gave
 * each answer, from the lowest answer (lightest, left) to the highest (darkest, right). Read the
 * dark end: the more of the bar is dark, the more favourable the item. Shares of 8% or more are
 * written in the bar.
 */
public final class ItemDistributionChart {

    private static final double LABELLED_SHARE = 8;

    /**
     * @param answers the scale's answers from the lowest to the highest, e.g. "1 strongly disagree"
     */
    public record Distribution(List<String> answers, List<Item> items) {

        public Distribution {
            answers = List.copyOf(answers);
            items = List.copyOf(items);
            ChartPalette.answers(answers.size());
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a distribution needs a rating item");
            }
            for (Item item : items) {
                if (item.shares().size() != answers.size()) {
                    throw new IllegalArgumentException("one share per answer: " + item);
                }
            }
        }
    }

    /** A rating item and, per answer in the scale's order, the percentage of respondents who gave it. */
    public record Item(String item, List<Double> shares) {

        public Item {
            shares = List.copyOf(shares);
        }
    }

    private ItemDistributionChart() {}

    public static Svg draw(Distribution distribution, ChartContext context) {
        NumberFormat percent = context.numbers().percentFormat(0);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int item = 0; item < distribution.items().size(); item++) {
            Item shown = distribution.items().get(item);
            for (int answer = 0; answer < distribution.answers().size(); answer++) {
                dataset.addValue(
                        shown.shares().get(answer),
                        new Category(answer, distribution.answers().get(answer)),
                        new Category(item, shown.item()));
            }
        }
        CategoryAxis items = new CategoryAxis();
        items.setMaximumCategoryLabelWidthRatio(0.3f);
        items.setMaximumCategoryLabelLines(2);
        NumberFormat share = context.numbers().percentFormat(0);
        ((java.text.DecimalFormat) share).setMultiplier(100);
        CategoryPlot plot = new CategoryPlot(dataset, items, ChartStyle.valueAxis(null, share), null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        var chart = ChartStyle.chart(plot, true);
        plot.setRenderer(renderer(distribution.answers().size(), percent));
        plot.getRangeAxis().setRange(0, 1);
        return SvgRendering.render(
                chart, context, context.message("charts.items.title"), description(distribution, context));
    }

    private static StackedBarRenderer renderer(int answers, NumberFormat percent) {
        StackedBarRenderer renderer = ChartStyle.flat(new StackedBarRenderer(true));
        List<Color> colours = ChartPalette.answers(answers);
        for (int answer = 0; answer < answers; answer++) {
            renderer.setSeriesPaint(answer, colours.get(answer));
            renderer.setSeriesItemLabelPaint(answer, ChartPalette.textOn(colours.get(answer)));
        }
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(ChartPalette.MUTED);
        renderer.setDefaultOutlineStroke(ChartStyle.HAIRLINE);
        renderer.setMaximumBarWidth(0.16);
        renderer.setDefaultItemLabelGenerator(new LargeSharesOnly(percent));
        ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
        renderer.setDefaultPositiveItemLabelPosition(centre);
        renderer.setDefaultNegativeItemLabelPosition(centre);
        return renderer;
    }

    /** Writes a share in its segment only when the segment is wide enough to hold it. */
    private static final class LargeSharesOnly extends StandardCategoryItemLabelGenerator {

        private static final long serialVersionUID = 1L;

        LargeSharesOnly(NumberFormat percent) {
            super("{2}", percent);
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number share = dataset.getValue(row, column);
            return share == null || share.doubleValue() < LABELLED_SHARE
                    ? null
                    : super.generateLabel(dataset, row, column);
        }
    }

    private static String description(Distribution distribution, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        List<String> items = new ArrayList<>();
        for (Item item : distribution.items()) {
            String shares = IntStream.range(0, distribution.answers().size())
                    .mapToObj(answer -> distribution.answers().get(answer) + " "
                            + numbers.percent(item.shares().get(answer)))
                    .collect(Collectors.joining(", "));
            items.add(context.message("charts.items.desc.item", item.item(), shares));
        }
        return context.message("charts.items.desc", String.join("; ", items));
    }
}
