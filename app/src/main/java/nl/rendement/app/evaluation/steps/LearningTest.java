package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.rendement.app.system.Formats;
import tools.jackson.databind.JsonNode;

/**
 * One level-2 test as read from {@code levels.learning[]}, never summed with another: the people
 * with both scores, the mean scores before and after and the raw gain, the class's normalised gain
 * with its band, the paired t-test, Cohen's d_z and the pass rates. Each figure links to the test's
 * trail, which holds the steps of all of them.
 *
 * @param classBand the Hake band of the class gain ({@code LOW}, {@code MEDIUM}, {@code HIGH}), if any
 */
public record LearningTest(
        String name,
        Shown people,
        LevelFigure meanPre,
        LevelFigure meanPost,
        LevelFigure rawGain,
        LevelFigure normalisedGain,
        Optional<String> classBand,
        LevelFigure pairedTest,
        LevelFigure cohensDz,
        Optional<Shown> passMark,
        LevelFigure passPre,
        LevelFigure passPost,
        List<Shown> reasons) {

    static List<LearningTest> all(ResultDocument result, Formats formats, ReasonText reasons) {
        List<LearningTest> tests = new ArrayList<>();
        JsonNode all = result.root().at("/levels/learning");
        for (int i = 0; i < all.size(); i++) {
            tests.add(of(result, "/levels/learning/" + i, formats, reasons));
        }
        return tests;
    }

    private static LearningTest of(ResultDocument result, String at, Formats formats, ReasonText reasons) {
        JsonNode test = result.root().at(at);
        Function<JsonNode, String> twoDecimals = value -> formats.number(ResultDocument.decimal(value), 2);
        Function<JsonNode, String> percent = value -> formats.percent(ResultDocument.decimal(value));
        return new LearningTest(
                test.get("name").asString(),
                new Shown(reasons.count(test.get("people").asLong()), at),
                LevelFigure.of(result, at + "/rawGain/meanPre", at, twoDecimals, reasons),
                LevelFigure.of(result, at + "/rawGain/meanPost", at, twoDecimals, reasons),
                LevelFigure.of(result, at + "/rawGain/gain", at, twoDecimals, reasons),
                LevelFigure.of(result, at + "/normalisedGain/classGain", at, twoDecimals, reasons),
                result.text(at + "/normalisedGain/classBand"),
                LevelFigure.of(result, at + "/pairedTest", at, paired -> paired(paired, formats, reasons), reasons),
                LevelFigure.of(result, at + "/cohensDz", at, dz -> dz(dz, formats, reasons), reasons),
                result.at(at + "/passRates/passMark").map(mark -> new Shown(twoDecimals.apply(mark), at)),
                LevelFigure.of(result, at + "/passRates/pre", at, percent, reasons),
                LevelFigure.of(result, at + "/passRates/post", at, percent, reasons),
                reasons.all(result, at + "/reasons"));
    }

    /** The mean difference with its interval, then t with its degrees of freedom and p. */
    private static String paired(JsonNode test, Formats formats, ReasonText reasons) {
        double p = test.get("pValue").asDouble();
        String pValue = p < 0.001
                ? "< " + formats.number(new BigDecimal("0.001"), 3)
                : "= " + formats.number(BigDecimal.valueOf(p), 3);
        return reasons.message(
                "steps.measuring.learning.paired",
                formats.number(ResultDocument.decimal(test.get("meanDifference")), 2),
                level(test, formats),
                formats.number(ResultDocument.decimal(test.get("lower")), 2),
                formats.number(ResultDocument.decimal(test.get("upper")), 2),
                reasons.count(test.get("degreesOfFreedom").asLong()),
                formats.number(ResultDocument.decimal(test.get("t")), 2),
                pValue);
    }

    private static String dz(JsonNode dz, Formats formats, ReasonText reasons) {
        return reasons.message(
                "steps.measuring.learning.dzInterval",
                formats.number(ResultDocument.decimal(dz.get("dz")), 2),
                level(dz, formats),
                formats.number(ResultDocument.decimal(dz.get("lower")), 2),
                formats.number(ResultDocument.decimal(dz.get("upper")), 2));
    }

    private static String level(JsonNode interval, Formats formats) {
        return formats.percent(
                ResultDocument.decimal(interval.get("confidenceLevel")).movePointRight(2));
    }
}
