package nl.rendement.app.evaluation.steps;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.rendement.app.evaluation.charts.ChainOfEvidenceChart;
import nl.rendement.app.evaluation.charts.ChartContext;
import nl.rendement.app.evaluation.charts.Svg;
import nl.rendement.app.evaluation.run.Runs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;

/**
 * Draws a step page's charts in the reader's language. Drawing a page's charts takes tens of
 * milliseconds, so the charts drawn are kept for the most recently shown pages: a version's result
 * does not change, except when rows are erased from it, which the key includes; nor does what its
 * reader may see of it.
 */
@Component
class StepCharts {

    private static final Logger LOG = LoggerFactory.getLogger(StepCharts.class);

    /** Pages' charts kept: a few per programme version, language and kind of reader. */
    private static final int KEPT = 256;

    /** 180 mm in CSS pixels: the text column of an A4 page with 15 mm margins. */
    private static final int PRINTED_WIDTH = 680;

    private final MessageSource messages;
    private final ConcurrentLruCache<Key, Map<String, StepChart>> drawn =
            new ConcurrentLruCache<>(KEPT, key -> key.draw().get());

    StepCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** The ROI page's charts of that version, by id. */
    Map<String, StepChart> roi(Runs.Version version, ResultDocument result, RoiView view) {
        return kept(version, result, "roi", drawing -> RoiCharts.draw(view.charts(), drawing));
    }

    /** The Measure page's charts of that version, by id. */
    Map<String, StepChart> measure(Runs.Version version, ResultDocument result, MeasureView view) {
        return kept(version, result, "measure", drawing -> MeasureCharts.draw(view.charts(), drawing));
    }

    /**
     * The Present page's chain of evidence, drawn at the width it prints at (an A4 page's text
     * column, 180 mm at 96 pixels an inch) so that its text keeps its size on paper; it links to
     * the trail of the chain's end, the ROI (or the benefits when there is no ROI).
     */
    Map<String, StepChart> present(Runs.Version version, ResultDocument result, PresentView view) {
        return kept(
                version,
                result,
                "present",
                drawing -> List.of(drawing.chart(
                        "present-chain",
                        view.roi()
                                .gross()
                                .map(headline -> headline.roi().pointer())
                                .orElse("/annualBenefits"),
                        "steps.present.chainCaption",
                        context -> ChainOfEvidenceChart.draw(view.chart(), context.withSize(PRINTED_WIDTH, 190)))));
    }

    private Map<String, StepChart> kept(
            Runs.Version version, ResultDocument result, String page, Function<Drawing, List<StepChart>> charts) {
        Locale locale = LocaleContextHolder.getLocale();
        return drawn.get(new Key(
                version.run().id(),
                version.run().erasedAt(),
                result.smallGroupsShown(),
                page,
                locale,
                () -> draw(page, charts, new Drawing(messages, locale))));
    }

    private static Map<String, StepChart> draw(
            String page, Function<Drawing, List<StepChart>> charts, Drawing drawing) {
        long start = System.nanoTime();
        Map<String, StepChart> byId = new LinkedHashMap<>();
        charts.apply(drawing).forEach(chart -> byId.put(chart.id(), chart));
        LOG.debug("Drew the {} page's {} charts in {} ms", page, byId.size(), (System.nanoTime() - start) / 1_000_000);
        return Collections.unmodifiableMap(byId);
    }

    /**
     * A page's charts of a version for a reader: what they are kept by, and how to draw them (not part
     * of the key's identity).
     */
    private record Key(
            long run,
            Optional<Instant> erasedAt,
            boolean smallGroupsShown,
            String page,
            Locale locale,
            Supplier<Map<String, StepChart>> draw) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && run == key.run
                    && erasedAt.equals(key.erasedAt)
                    && smallGroupsShown == key.smallGroupsShown
                    && page.equals(key.page)
                    && locale.equals(key.locale);
        }

        @Override
        public int hashCode() {
            return Objects.hash(run, erasedAt, smallGroupsShown, page, locale);
        }
    }

    /** Draws one chart after another for one reader. */
    record Drawing(MessageSource messages, Locale locale) {

        StepChart chart(String id, String pointer, String caption, Function<ChartContext, Svg> draw) {
            return new StepChart(
                    id,
                    pointer,
                    caption,
                    SvgPresentation.of(
                            draw.apply(ChartContext.of(id, locale, messages)).markup()));
        }
    }
}
