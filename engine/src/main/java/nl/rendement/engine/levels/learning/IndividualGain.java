package nl.rendement.engine.levels.learning;

import java.util.Objects;
import java.util.Optional;

/**
 * One person's gains: raw {@code post - pre} and normalised (Hake) {@code g = (post - pre) / (max
 * - pre)}, the share of the possible gain that was made. g is undefined when the person started at
 * the maximum (nothing left to gain); a negative g (the person fell back) is kept. Person-level:
 * for analysts only (METHOD §1, anonymity).
 *
 * @param person the person's identifier
 * @param raw the raw gain
 * @param normalised g, empty when pre = max
 * @param band g's Hake band, empty when g is undefined
 */
public record IndividualGain(String person, double raw, Optional<Double> normalised, Optional<HakeBand> band) {

    public IndividualGain {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(normalised, "normalised");
        Objects.requireNonNull(band, "band");
    }

    static IndividualGain of(PersonScore score, double maximum) {
        Optional<Double> g =
                score.pre() < maximum ? Optional.of(score.rawGain() / (maximum - score.pre())) : Optional.empty();
        return new IndividualGain(score.person(), score.rawGain(), g, g.map(HakeBand::of));
    }
}
