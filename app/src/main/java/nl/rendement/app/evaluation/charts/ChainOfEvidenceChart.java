package nl.rendement.app.evaluation.charts;

import static nl.rendement.app.evaluation.charts.ChartPalette.MET;
import static nl.rendement.app.evaluation.charts.ChartPalette.MUTED;
import static nl.rendement.app.evaluation.charts.ChartPalette.NOT_MET;
import static nl.rendement.app.evaluation.charts.ChartPalette.NO_OBJECTIVE;

import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * The chain of evidence from input to ROI: one tile per level (0 input, 1 reaction, 2 learning,
 * 3 application, 4 impact, 5 ROI), left to right, each with its headline figure, its objective
 * and whether it met it. Read it as a chain: a level that met its objective (dark, solid edge)
 * supports the next; one that fell short (light, dashed edge) is where the story weakens. The
 * words say met or not met, so colour is never the only sign.
 */
public final class ChainOfEvidenceChart {

    private static final double TOP = 0.96;
    private static final double BOTTOM = 0.04;

    public enum Status {
        MET,
        NOT_MET,
        NO_OBJECTIVE,
        NOT_MEASURED,
        /** Measured, but its figure rests on fewer than k people and this reader may not see it. */
        WITHHELD
    }

    public record Chain(List<Level> levels) {

        public Chain {
            levels = List.copyOf(levels);
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("a chain needs a level");
            }
        }
    }

    /**
     * @param level the level's name, e.g. "1 Reaction"
     * @param measure the headline figure's name, e.g. "Relevance (mean, 1–5)"
     */
    public record Level(
            String level, String measure, Optional<Figure> figure, Optional<Figure> objective, Status status) {

        public Level {
            boolean figureless = status == Status.NOT_MEASURED || status == Status.WITHHELD;
            if (figure.isEmpty() != figureless) {
                throw new IllegalArgumentException(
                        "a level has a figure unless it was not measured or is withheld: " + level);
            }
            if (objective.isPresent() && (status == Status.NO_OBJECTIVE || figureless)) {
                throw new IllegalArgumentException("an objective is met or not met: " + level);
            }
            if (objective.isEmpty() && (status == Status.MET || status == Status.NOT_MET)) {
                throw new IllegalArgumentException("met or not met needs an objective: " + level);
            }
        }
    }

    private ChainOfEvidenceChart() {}

    public static Svg draw(Chain chain, ChartContext context) {
        int count = chain.levels().size();
        XYPlot plot = new XYPlot(null, hidden(count), hidden(1), null);
        var chart = ChartStyle.chart(plot, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Layout layout = Layout.of(context, count);
        for (int i = 0; i < count; i++) {
            tile(plot, i, chain.levels().get(i), layout, context);
        }
        return SvgRendering.render(chart, context, context.message("charts.chain.title"), description(chain, context));
    }

    private static NumberAxis hidden(double upper) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(0, upper);
        axis.setVisible(false);
        return axis;
    }

    private static void tile(XYPlot plot, int position, Level level, Layout layout, ChartContext context) {
        Color fill = fill(level.status());
        Stroke edge = level.status() == Status.NOT_MET ? ChartStyle.DASHED : ChartStyle.THIN;
        Color outline = level.status() == Status.MET ? fill : MUTED;
        plot.addAnnotation(new XYBoxAnnotation(position + 0.04, BOTTOM, position + 0.96, TOP, edge, outline, fill));
        Color ink = ChartPalette.textOn(fill);
        ChartNumbers numbers = context.numbers();
        String objective = level.objective()
                .map(figure -> context.message("charts.chain.objective", numbers.figure(figure)))
                .orElse("");
        double x = position + 0.5;
        layout.write(plot, level.level(), x, 0.9, ChartStyle.STRONG, ink, 2);
        layout.write(plot, level.measure(), x, 0.74, ChartStyle.SMALL, ink, 3);
        layout.write(plot, level.figure().map(numbers::figure).orElse("\u2013"), x, 0.5, ChartStyle.LARGE, ink, 1);
        layout.write(plot, objective, x, 0.34, ChartStyle.SMALL, ink, 2);
        layout.write(
                plot, context.message("charts.chain.status." + level.status()), x, 0.18, ChartStyle.STRONG, ink, 2);
    }

    /** Text in a tile: lines of the tile's width, stacked down from where the block starts. */
    private record Layout(double width, double plotHeight) {

        static Layout of(ChartContext context, int tiles) {
            return new Layout((context.width() - 28.0) / tiles * 0.92 - 6, context.height() - 20.0);
        }

        void write(XYPlot plot, String text, double x, double top, Font font, Color paint, int maxLines) {
            if (text.isEmpty()) {
                return;
            }
            List<String> lines = TextFit.lines(text, font, width, maxLines);
            double step = (font.getSize() + 3) / plotHeight;
            for (int line = 0; line < lines.size(); line++) {
                XYTextAnnotation annotation = new XYTextAnnotation(lines.get(line), x, top - line * step);
                annotation.setFont(font);
                annotation.setPaint(paint);
                annotation.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(annotation);
            }
        }
    }

    private static Color fill(Status status) {
        if (status == Status.MET) {
            return MET;
        }
        return status == Status.NOT_MET ? NOT_MET : NO_OBJECTIVE;
    }

    private static String description(Chain chain, ChartContext context) {
        ChartNumbers numbers = context.numbers();
        return context.message(
                "charts.chain.desc",
                chain.levels().stream()
                        .map(level -> context.message(
                                "charts.chain.desc." + level.status(),
                                level.level(),
                                level.measure(),
                                level.figure().map(numbers::figure).orElse(""),
                                level.objective().map(numbers::figure).orElse("")))
                        .collect(Collectors.joining("; ")));
    }
}
