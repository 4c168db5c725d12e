package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.rendement.app.evaluation.charts.ChainOfEvidenceChart;
import nl.rendement.app.evaluation.charts.ChainOfEvidenceChart.Status;
import nl.rendement.app.evaluation.charts.Figure;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.system.Formats;
import tools.jackson.databind.JsonNode;

/**
 * Step 6, present: the programme's story for its executives on one page, read from one result
 * version and the plan — what the organisation asked for (its priorities and the sponsors'
 * expectations), what the programme returned (the ROI against its objective, how sure, which
 * business results carry it), the chain of evidence from input to ROI with each level's headline
 * figure, what was not converted to money, and the source article's claims as marked quotes. Every
 * figure carries the pointer of its trail; nothing is computed here that the result does not hold.
 *
 * @param goals the plan's goals with the organisation priority each serves
 * @param roi the ROI page's reading of the same result (headline gross and net, range, measures)
 * @param chain the levels 0 to 5 as a table, each with its headline figure
 * @param chart the same levels as the chain-of-evidence chart draws them
 */
public record PresentView(
        List<EvaluationPlan.Goal> goals,
        List<Expectation> expectations,
        RoiView roi,
        Shown annualBenefits,
        List<Link> chain,
        ChainOfEvidenceChart.Chain chart,
        List<Intangible> intangibles,
        List<ArticleQuote> quotes) {

    /** A sponsor's expectation, with the name of the measure it is tied to when it is. */
    public record Expectation(String sponsor, String expectation, Optional<String> measure) {}

    /** A benefit not converted to money, as the result lists it. */
    public record Intangible(String name, String description) {}

    /**
     * One level of the chain: its headline figure (or why there is none), the objective the result
     * judges it by, and the plan's objectives for that level as the analyst wrote them.
     *
     * @param measureKey the message naming the headline figure, with {@code measureName} as its argument
     */
    public record Link(
            int level,
            String measureKey,
            String measureName,
            LevelFigure figure,
            Optional<Shown> objective,
            List<String> planned,
            Status status) {}

    static PresentView of(
            ResultDocument result,
            Optional<EvaluationPlan> plan,
            ProgrammeType type,
            Formats formats,
            ReasonText reasons) {
        RoiView roi = RoiView.of(result, formats, reasons);
        List<Built> built = List.of(
                efficiency(result, formats, reasons),
                reaction(result, formats, reasons),
                learning(result, formats, reasons),
                application(result, formats, reasons),
                impact(result, formats),
                returns(result, roi, formats));
        List<Link> chain = new ArrayList<>();
        List<ChainOfEvidenceChart.Level> tiles = new ArrayList<>();
        for (Built level : built) {
            Link link = level.link(plan);
            chain.add(link);
            tiles.add(level.tile(reasons));
        }
        return new PresentView(
                plan.map(EvaluationPlan::goals).orElse(List.of()),
                plan.map(p -> expectations(p, result)).orElse(List.of()),
                roi,
                new Shown(formats.money(result.money("/annualBenefits").orElseThrow()), "/annualBenefits"),
                chain,
                new ChainOfEvidenceChart.Chain(tiles),
                intangibles(result),
                ArticleQuote.about(type));
    }

    /** The plan's expectations, each tied measure named as the result names it (its id is the KPI's code). */
    private static List<Expectation> expectations(EvaluationPlan plan, ResultDocument result) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        result.root()
                .path("measures")
                .forEach(measure -> names.put(
                        measure.path("id").asString(), measure.path("name").asString()));
        return plan.expectations().stream()
                .map(expectation -> new Expectation(
                        expectation.sponsor(),
                        expectation.expectation(),
                        expectation.kpi().map(code -> names.getOrDefault(code, code))))
                .toList();
    }

    private static List<Intangible> intangibles(ResultDocument result) {
        List<Intangible> intangibles = new ArrayList<>();
        result.root()
                .path("intangibles")
                .forEach(intangible -> intangibles.add(new Intangible(
                        intangible.path("name").asString(""),
                        intangible.path("description").asString(""))));
        return intangibles;
    }

    /** Level 0: the share of those enrolled who completed. */
    private static Built efficiency(ResultDocument result, Formats formats, ReasonText reasons) {
        String at = "/levels/efficiency/completionRate";
        return Built.figure(
                0, "completion", "", result, at, at, Figure.Percent::new, value -> formats.percent(value), reasons);
    }

    /**
     * Level 1: the rating item that decides whether reaction met its targets — the first that fell
     * short, else the first that met its target — or, without targets, the net promoter score, or
     * else the first item's mean.
     */
    private static Built reaction(ResultDocument result, Formats formats, ReasonText reasons) {
        JsonNode items = result.root().at("/levels/reaction/items");
        Function<BigDecimal, Figure> mean = value -> new Figure.Number(value, 2);
        Function<BigDecimal, String> twoDecimals = value -> formats.number(value, 2);
        for (String wanted : List.of("NOT_MET", "MET")) {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (wanted.equals(item.path("status").asString(""))) {
                    String at = "/levels/reaction/items/" + i;
                    BigDecimal target = ResultDocument.decimal(item.get("target"));
                    return Built.figure(
                                    1,
                                    "item",
                                    item.get("item").asString(),
                                    result,
                                    at + "/mean",
                                    at + "/mean",
                                    mean,
                                    twoDecimals,
                                    reasons)
                            .judged(
                                    new Shown(twoDecimals.apply(target), at + "/mean"),
                                    mean.apply(target),
                                    wanted.equals("MET"));
                }
            }
        }
        if (result.at("/levels/reaction/netPromoterScore/value").isPresent()
                || items.isEmpty()
                || result.at("/levels/reaction").isEmpty()) {
            return Built.figure(
                    1,
                    "netPromoterScore",
                    "",
                    result,
                    "/levels/reaction/netPromoterScore",
                    "/levels/reaction/netPromoterScore",
                    value -> new Figure.Number(value, 0),
                    value -> formats.number(value, 0),
                    reasons);
        }
        return Built.figure(
                1,
                "item",
                items.get(0).get("item").asString(),
                result,
                "/levels/reaction/items/0/mean",
                "/levels/reaction/items/0/mean",
                mean,
                twoDecimals,
                reasons);
    }

    /** Level 2: the first test's class normalised gain, or its raw gain when it has none. */
    private static Built learning(ResultDocument result, Formats formats, ReasonText reasons) {
        JsonNode tests = result.root().at("/levels/learning");
        if (!tests.isArray() || tests.isEmpty()) {
            return Built.notMeasured(2, "learning", "");
        }
        String at = "/levels/learning/0";
        String name = tests.get(0).get("name").asString();
        boolean normalised = result.at(at + "/normalisedGain/classGain").isPresent();
        String figure = normalised ? at + "/normalisedGain/classGain" : at + "/rawGain/gain";
        return Built.figure(
                2,
                normalised ? "normalisedGain" : "rawGain",
                name,
                result,
                figure,
                at,
                value -> new Figure.Number(value, 2),
                value -> formats.number(value, 2),
                reasons);
    }

    /** Level 3: the share of respondents who say they apply it. */
    private static Built application(ResultDocument result, Formats formats, ReasonText reasons) {
        return Built.figure(
                3,
                "applying",
                "",
                result,
                "/levels/application/applying",
                "/levels/application/applying",
                Figure.Percent::new,
                value -> formats.percent(value),
                reasons);
    }

    /** Level 4: the isolated benefits of the impact measures a year, in money. */
    private static Built impact(ResultDocument result, Formats formats) {
        return result.money("/annualBenefits")
                .map(money -> Built.shown(
                        4, "benefits", new Shown(formats.money(money), "/annualBenefits"), new Figure.Amount(money)))
                .orElseGet(() -> Built.notMeasured(4, "benefits", ""));
    }

    /** Level 5: the ROI against the objective, or why there is none. */
    private static Built returns(ResultDocument result, RoiView roi, Formats formats) {
        if (roi.gross().isEmpty()) {
            return new Built(
                    5,
                    "roi",
                    "",
                    new LevelFigure(Optional.empty(), Optional.empty(), false, false, roi.withoutRoi()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Status.NOT_MEASURED);
        }
        RoiView.Headline headline = roi.gross().get();
        BigDecimal percent = result.number("/roi/roiPercent").orElseThrow();
        BigDecimal objective = ResultDocument.decimal(result.root().get("roiObjective"));
        return Built.shown(5, "roi", headline.roi(), new Figure.Percent(percent))
                .judged(roi.objective(), new Figure.Percent(objective), headline.meetsObjective());
    }

    /** A level as read, before the plan's objectives are added to it. */
    private record Built(
            int level,
            String measure,
            String name,
            LevelFigure figure,
            Optional<Figure> drawn,
            Optional<Shown> objective,
            Optional<Figure> drawnObjective,
            Status status) {

        /**
         * The level figure at {@code at} as the reader may see it, explained by the trail at
         * {@code trail}; drawn with its raw value.
         */
        static Built figure(
                int level,
                String measure,
                String name,
                ResultDocument result,
                String at,
                String trail,
                Function<BigDecimal, Figure> drawn,
                Function<BigDecimal, String> format,
                ReasonText reasons) {
            LevelFigure figure =
                    LevelFigure.of(result, at, trail, value -> format.apply(ResultDocument.decimal(value)), reasons);
            Optional<Figure> raw =
                    figure.value().isPresent() ? result.number(at).map(drawn) : Optional.empty();
            Status status =
                    figure.withheld() ? Status.WITHHELD : raw.isPresent() ? Status.NO_OBJECTIVE : Status.NOT_MEASURED;
            return new Built(level, measure, name, figure, raw, Optional.empty(), Optional.empty(), status);
        }

        static Built shown(int level, String measure, Shown shown, Figure drawn) {
            return new Built(
                    level,
                    measure,
                    "",
                    new LevelFigure(Optional.of(shown), Optional.empty(), false, false, List.of()),
                    Optional.of(drawn),
                    Optional.empty(),
                    Optional.empty(),
                    Status.NO_OBJECTIVE);
        }

        static Built notMeasured(int level, String measure, String name) {
            return new Built(
                    level,
                    measure,
                    name,
                    LevelFigure.none(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Status.NOT_MEASURED);
        }

        /** The figure judged against an objective; a figure the reader does not see is not judged. */
        Built judged(Shown shownObjective, Figure objectiveDrawn, boolean met) {
            if (drawn.isEmpty()) {
                return this;
            }
            return new Built(
                    level,
                    measure,
                    name,
                    figure,
                    drawn,
                    Optional.of(shownObjective),
                    Optional.of(objectiveDrawn),
                    met ? Status.MET : Status.NOT_MET);
        }

        Link link(Optional<EvaluationPlan> plan) {
            List<String> planned = plan.map(p -> p.objectives().stream()
                            .filter(objective -> objective.level() == level)
                            .map(objective -> objective
                                    .target()
                                    .map(target -> objective.objective() + " (" + target + ")")
                                    .orElse(objective.objective()))
                            .toList())
                    .orElse(List.of());
            return new Link(level, "steps.present.measure." + measure, name, figure, objective, planned, status);
        }

        /** The level as a tile of the chart, in words short enough for a tile a sixth of a page wide. */
        ChainOfEvidenceChart.Level tile(ReasonText reasons) {
            return new ChainOfEvidenceChart.Level(
                    reasons.message("steps.present.tile.level", level),
                    reasons.message("steps.present.tile." + measure),
                    drawn,
                    drawnObjective,
                    status);
        }
    }
}
