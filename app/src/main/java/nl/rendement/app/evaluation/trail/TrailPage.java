package nl.rendement.app.evaluation.trail;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One figure's trail as the page shows it: the figure's name and pointer, its value (none for a
 * figure with several values, such as a KPI series), whether it is withheld as resting on fewer
 * than k people, its steps in order and the reasons and notes attached to it.
 */
record TrailPage(
        String label,
        String pointer,
        Optional<String> value,
        boolean smallGroupWithheld,
        List<ShownStep> steps,
        List<ShownStep> reasons) {

    TrailPage {
        steps = List.copyOf(steps);
        reasons = List.copyOf(reasons);
    }

    /** Whether a person-level fact was left out for this reader (beyond a withheld small-group figure). */
    public boolean personLevelWithheld() {
        return !smallGroupWithheld
                && Stream.concat(steps.stream(), reasons.stream())
                        .flatMap(step -> step.facts().stream())
                        .anyMatch(ShownFact::withheld);
    }

    /** A step or reason: its code, its sentence in the reader's language and its facts. */
    record ShownStep(String code, String sentence, List<ShownFact> facts) {

        ShownStep {
            facts = List.copyOf(facts);
        }
    }

    /**
     * A fact: its engine name, its name in the reader's language and its value formatted for them;
     * a withheld fact carries no value at all, so that the page cannot show it by mistake.
     */
    record ShownFact(String name, String label, String value, boolean withheld) {

        static ShownFact withheld(String name, String label) {
            return new ShownFact(name, label, "", true);
        }
    }
}
