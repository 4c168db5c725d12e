package nl.rendement.app.evaluation;

import static nl.rendement.app.evaluation.TrailJson.aggregate;
import static nl.rendement.app.evaluation.TrailJson.array;
import static nl.rendement.app.evaluation.TrailJson.code;
import static nl.rendement.app.evaluation.TrailJson.object;
import static nl.rendement.app.evaluation.TrailJson.optional;
import static nl.rendement.app.evaluation.TrailJson.reasons;
import static nl.rendement.app.evaluation.TrailJson.statistic;
import static nl.rendement.app.evaluation.TrailJson.trail;

import nl.rendement.engine.levels.learning.CohensDz;
import nl.rendement.engine.levels.learning.HakeBand;
import nl.rendement.engine.levels.learning.IndividualGain;
import nl.rendement.engine.levels.learning.LearningResult;
import nl.rendement.engine.levels.learning.LearningTestResult;
import nl.rendement.engine.levels.learning.NormalisedGain;
import nl.rendement.engine.levels.learning.PairedTTest;
import nl.rendement.engine.levels.learning.PassRates;
import nl.rendement.engine.levels.learning.RawGain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Level 2, learning, as JSON: per test its name, the group's figures with their n and marks, and
 * each person's gains.
 */
final class LearningJson {

    private LearningJson() {}

    /** One test; its trail starts with the step naming it. */
    static JsonNode test(LearningTestResult test) {
        LearningResult learning = test.result();
        ObjectNode node = object().put("name", test.name()).put("people", learning.people());
        node.set("individuals", array(learning.individuals(), LearningJson::individual));
        node.set("rawGain", optional(learning.rawGain(), LearningJson::rawGain));
        node.set("normalisedGain", optional(learning.normalisedGain(), LearningJson::normalisedGain));
        node.set("pairedTest", optional(learning.pairedTest(), paired -> aggregate(paired, LearningJson::pairedTest)));
        node.set("cohensDz", optional(learning.cohensDz(), dz -> aggregate(dz, LearningJson::cohensDz)));
        node.set("passRates", optional(learning.passRates(), LearningJson::passRates));
        node.set("reasons", reasons(learning.reasons()));
        return node.set("trail", trail(test.trail()));
    }

    /** Person-level, pseudonymous: pages show it to analysts only. */
    private static JsonNode individual(IndividualGain gain) {
        ObjectNode node = object().put("person", gain.person()).set("raw", statistic(gain.raw()));
        node.set("normalised", optional(gain.normalised(), TrailJson::statistic));
        return node.set("band", optional(gain.band(), TrailJson::code));
    }

    private static JsonNode rawGain(RawGain gain) {
        ObjectNode node = object().set("meanPre", aggregate(gain.meanPre(), TrailJson::statistic));
        node.set("meanPost", aggregate(gain.meanPost(), TrailJson::statistic));
        return node.set("gain", aggregate(gain.gain(), TrailJson::statistic));
    }

    private static JsonNode normalisedGain(NormalisedGain gain) {
        ObjectNode node = object();
        node.set("classGain", optional(gain.classGain(), g -> aggregate(g, TrailJson::statistic)));
        node.set("classBand", optional(gain.classBand(), TrailJson::code));
        node.set("meanOfIndividuals", optional(gain.meanOfIndividuals(), g -> aggregate(g, TrailJson::statistic)));
        node.set("leftOut", aggregate(gain.leftOut(), TrailJson::integer));
        ObjectNode bands = object();
        for (HakeBand band : HakeBand.values()) {
            bands.set(band.name(), aggregate(gain.bands().get(band), TrailJson::integer));
        }
        return node.set("bands", bands);
    }

    private static JsonNode pairedTest(PairedTTest test) {
        ObjectNode node = object().put("n", test.n());
        node.set("meanDifference", statistic(test.meanDifference()));
        node.set("standardDeviation", statistic(test.standardDeviation()));
        node.set("standardError", statistic(test.standardError()));
        node.put("degreesOfFreedom", test.degreesOfFreedom());
        node.set("t", statistic(test.t()));
        node.set("pValue", statistic(test.pValue()));
        node.set("confidenceLevel", statistic(test.confidenceLevel()));
        node.set("lower", statistic(test.lower()));
        return node.set("upper", statistic(test.upper()));
    }

    private static JsonNode cohensDz(CohensDz dz) {
        ObjectNode node = object().set("dz", statistic(dz.value()));
        node.set("confidenceLevel", statistic(dz.confidenceLevel()));
        node.set("lower", statistic(dz.lower()));
        node.set("upper", statistic(dz.upper()));
        return node.set("interval", code(dz.interval()));
    }

    private static JsonNode passRates(PassRates rates) {
        ObjectNode node = object().set("passMark", statistic(rates.passMark()));
        node.set("pre", aggregate(rates.pre(), TrailJson::statistic));
        return node.set("post", aggregate(rates.post(), TrailJson::statistic));
    }
}
