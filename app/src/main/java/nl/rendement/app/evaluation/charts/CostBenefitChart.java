package nl.rendement.app.evaluation.charts;

import static nl.rendement.app.evaluation.charts.ChartPalette.BENEFIT;
import static nl.rendement.app.evaluation.charts.ChartPalette.COST;
import static nl.rendement.app.evaluation.charts.ChartPalette.NET;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rendement.engine.money.Money;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The cost–benefit waterfall: each measure's annual benefit steps the total up, each cost category
 * steps it down, and the last bar is the net benefit (benefits minus costs) from zero. Read it from
 * left to right; benefits, costs and the net differ in lightness and each step is labelled with
 * its amount, a cost with a minus sign.
 */
public final class CostBenefitChart {

    /**
     * @param benefits per impact measure, what it adds a year
     * @param costs per cost category, as positive amounts
     * @param net the last bar's label, e.g. "Net benefit"
     */
    public record CostBenefit(List<Step> benefits, List<Step> costs, String net) {

        public CostBenefit {
            benefits = List.copyOf(benefits);
            costs = List.copyOf(costs);
            if (benefits.isEmpty() && costs.isEmpty()) {
                throw new IllegalArgumentException("a waterfall needs a benefit or a cost");
            }
            Currency currency = Stream.concat(benefits.stream(), costs.stream())
                    .findFirst()
                    .orElseThrow()
                    .amount()
                    .currency();
            Stream.concat(benefits.stream(), costs.stream()).forEach(step -> {
                if (!step.amount().currency().equals(currency)) {
                    throw new IllegalArgumentException("one currency per waterfall: " + step);
                }
            });
        }

        Money netAmount() {
            Money net = Money.zero(currency());
            for (Step benefit : benefits) {
                net = net.plus(benefit.amount());
            }
            for (Step cost : costs) {
                net = net.minus(cost.amount());
            }
            return net;
        }

        Currency currency() {
            return (benefits.isEmpty() ? costs : benefits).get(0).amount().currency();
        }
    }

    public record Step(String label, Money amount) {}

    private CostBenefitChart() {}

    public static Svg draw(CostBenefit data, ChartContext context) {
        NumberFormat money = context.numbers().moneyFormat(data.currency());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int position = 0;
        for (Step benefit : data.benefits()) {
            dataset.addValue(benefit.amount().amount(), "", new Category(position++, benefit.label()));
        }
        for (Step cost : data.costs()) {
            dataset.addValue(cost.amount().amount().negate(), "", new Category(position++, cost.label()));
        }
        dataset.addValue(data.netAmount().amount(), "", new Category(position, data.net()));
        CategoryAxis steps = new CategoryAxis();
        steps.setMaximumCategoryLabelLines(3);
        steps.setCategoryMargin(0.1);
        steps.setLowerMargin(0.01);
        steps.setUpperMargin(0.01);
        CategoryPlot plot = new CategoryPlot(dataset, steps, ChartStyle.valueAxis(null, money), null);
        plot.setOrientation(PlotOrientation.VERTICAL);
        var chart = ChartStyle.chart(plot, false);
        steps.setTickLabelFont(ChartStyle.SMALL);
        ChartStyle.labelsAcross(steps, dataset.getColumnKeys(), context.width());
        plot.setRenderer(renderer(data, money));
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getRangeAxis().setLowerMargin(0.12);
        return SvgRendering.render(
                chart, context, context.message("charts.waterfall.title"), description(data, context));
    }

    private static WaterfallBarRenderer renderer(CostBenefit data, NumberFormat money) {
        WaterfallBarRenderer renderer = ChartStyle.flat(
                new WaterfallBarRenderer(data.benefits().isEmpty() ? COST : BENEFIT, BENEFIT, COST, NET));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", money));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.12);
        return renderer;
    }

    private static String description(CostBenefit data, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        return context.message(
                "charts.waterfall.desc",
                total(data.benefits(), data.currency(), numbers),
                list(data.benefits(), numbers, context),
                total(data.costs(), data.currency(), numbers),
                list(data.costs(), numbers, context),
                numbers.money(data.netAmount()));
    }

    private static String total(List<Step> steps, Currency currency, ChartNumbers numbers) {
        Money total = Money.zero(currency);
        for (Step step : steps) {
            total = total.plus(step.amount());
        }
        return numbers.money(total);
    }

    private static String list(List<Step> steps, ChartNumbers numbers, ChartContext context) {
        if (steps.isEmpty()) {
            return context.message("charts.none");
        }
        List<String> parts = new ArrayList<>();
        steps.forEach(step -> parts.add(step.label() + " " + numbers.money(step.amount())));
        return parts.stream().collect(Collectors.joining("; "));
    }
}
