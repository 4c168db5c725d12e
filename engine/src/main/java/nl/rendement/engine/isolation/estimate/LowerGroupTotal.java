package nl.rendement.engine.isolation.estimate;

import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * METHOD §3: with participant and manager estimates of the same group, the lower credible group
 * total counts. On a tie the participants' total is named; both totals are in the step.
 */
final class LowerGroupTotal {

    private LowerGroupTotal() {}

    static CombinedEstimate of(EstimateResult participants, EstimateResult managers) {
        requireSource(participants, EstimateSource.PARTICIPANT);
        requireSource(managers, EstimateSource.MANAGER);
        EstimateResult chosen = chosen(participants, managers);
        List<Object> facts = new ArrayList<>(List.of(
                "participantTotal", participants.groupTotal().value(),
                "participantCredible", participants.credible(),
                "managerTotal", managers.groupTotal().value(),
                "managerCredible", managers.credible()));
        if (chosen == null) {
            Step step = Step.of("estimate.lowerGroupTotal", facts.toArray());
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Reason.of(
                    "estimate.notCredible.noCredibleGroupTotal",
                    "participantTotal",
                    participants.groupTotal().value(),
                    "managerTotal",
                    managers.groupTotal().value()));
            reasons.addAll(participants.notCredible());
            reasons.addAll(managers.notCredible());
            return new CombinedEstimate.NotCredible(reasons, Trail.of(step));
        }
        facts.addAll(List.of("chosen", chosen.source()));
        Traced<java.math.BigDecimal> total = chosen.groupTotal();
        Step step = Step.of("estimate.lowerGroupTotal", facts.toArray());
        return new CombinedEstimate.Counted(
                chosen.source(), new Traced<>(total.value(), total.trail().then(step)));
    }

    /** The credible result with the lower total, the participants' on a tie; null when neither is credible. */
    private static EstimateResult chosen(EstimateResult participants, EstimateResult managers) {
        if (!participants.credible()) {
            return managers.credible() ? managers : null;
        }
        if (!managers.credible()) {
            return participants;
        }
        int comparison = participants
                .groupTotal()
                .value()
                .compareTo(managers.groupTotal().value());
        return comparison <= 0 ? participants : managers;
    }

    private static void requireSource(EstimateResult result, EstimateSource expected) {
        if (result.source() != expected) {
            throw new IllegalArgumentException("Expected " + expected + " estimates, got " + result.source());
        }
    }
}
