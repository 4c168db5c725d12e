package nl.rendement.app.evaluation.charts;

import static nl.rendement.app.evaluation.charts.ChartPalette.COMPARISON;
import static nl.rendement.app.evaluation.charts.ChartPalette.MUTED;
import static nl.rendement.app.evaluation.charts.ChartPalette.PARTICIPANTS;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Level 4 over time: a KPI's value per period for the participants (solid line, round markers)
 * beside the comparison (dashed line, square markers), with a thin vertical line where each
 * cohort started. Read the gap between the lines after the starts against the gap before them;
 * it is the programme's effect only when the comparison is a real one, which the page says.
 */
public final class KpiTrendChart {

    /**
     * @param kpi the value axis's label, e.g. "Sales per FTE (EUR)"
     * @param participants the participants' series name; {@code comparison} the comparison's, if there is one
     * @param decimals the decimals the KPI's values are shown with
     */
    public record Trend(
            String kpi,
            String participants,
            Optional<String> comparison,
            List<Point> points,
            List<CohortStart> starts,
            int decimals) {

        public Trend {
            if (points.isEmpty()) {
                throw new IllegalArgumentException("a trend needs at least one period");
            }
            points = List.copyOf(points);
            starts = List.copyOf(starts);
        }
    }

    /** A period's start with the participants' and the comparison's value, each when there is one. */
    public record Point(LocalDate period, OptionalDouble participants, OptionalDouble comparison) {}

    public record CohortStart(LocalDate period, String cohort) {}

    private KpiTrendChart() {}

    public static Svg draw(Trend trend, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(series(trend.participants(), trend.points(), Point::participants));
        trend.comparison().ifPresent(name -> dataset.addSeries(series(name, trend.points(), Point::comparison)));
        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(time.getTimeZone(), context.locale()));
        time.setLowerMargin(0.03);
        time.setUpperMargin(0.03);
        XYPlot plot = new XYPlot(dataset, time, ChartStyle.valueAxis(trend.kpi(), numbers), null);
        var chart = ChartStyle.chart(plot, true);
        plot.setRenderer(renderer());
        markStarts(plot, trend.starts());
        return SvgRendering.render(
                chart, context, context.message("charts.trend.title", trend.kpi()), description(trend, context));
    }

    /** Participants solid with round markers, comparison dashed with square ones: apart without colour. */
    static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, PARTICIPANTS);
        renderer.setSeriesStroke(0, ChartStyle.SOLID);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesPaint(1, COMPARISON);
        renderer.setSeriesStroke(1, ChartStyle.DASHED);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-3, -3, 6, 6));
        return renderer;
    }

    private static XYSeries series(String name, List<Point> points, Function<Point, OptionalDouble> value) {
        XYSeries series = new XYSeries(name, false, false);
        for (Point point : points) {
            OptionalDouble y = value.apply(point);
            series.add((Number) millis(point.period()), y.isPresent() ? y.getAsDouble() : null);
        }
        return series;
    }

    private static void markStarts(XYPlot plot, List<CohortStart> starts) {
        for (int i = 0; i < starts.size(); i++) {
            ValueMarker marker = ChartStyle.marker(
                    millis(starts.get(i).period()),
                    MUTED,
                    ChartStyle.THIN,
                    starts.get(i).cohort());
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(2 + (i % 2) * 14, 3, 2, 3));
            plot.addDomainMarker(marker);
        }
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static String description(Trend trend, ChartContext context) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(context.locale());
        List<String> sentences = new ArrayList<>();
        sentences.add(context.message(
                "charts.trend.desc",
                trend.kpi(),
                dates.format(trend.points().get(0).period()),
                dates.format(trend.points().get(trend.points().size() - 1).period()),
                trend.points().size()));
        sentences.add(ends(trend.participants(), trend, Point::participants, context));
        trend.comparison().ifPresent(name -> sentences.add(ends(name, trend, Point::comparison, context)));
        if (!trend.starts().isEmpty()) {
            sentences.add(context.message(
                    "charts.trend.desc.starts",
                    trend.starts().stream()
                            .map(start -> start.cohort() + " (" + dates.format(start.period()) + ")")
                            .collect(Collectors.joining(", "))));
        }
        return String.join(" ", sentences);
    }

    /** A series' first and last value in words. */
    private static String ends(String name, Trend trend, Function<Point, OptionalDouble> value, ChartContext context) {
        List<Double> values = trend.points().stream()
                .map(value)
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .toList();
        if (values.isEmpty()) {
            return context.message("charts.trend.desc.noValues", name);
        }
        ChartNumbers numbers = context.numbers();
        return context.message(
                "charts.trend.desc.series",
                name,
                numbers.number(values.get(0), trend.decimals()),
                numbers.number(values.get(values.size() - 1), trend.decimals()));
    }
}
