package nl.rendement.engine.roi;

import java.util.List;
import nl.rendement.engine.trail.Reason;

/** What the return calculation gives: the figures, or the reasons there are none. */
public sealed interface RoiOutcome permits RoiFigures, RoiOutcome.NoRoi {

    /** No ROI: no credible benefit, no costs, or costs of zero; each reason says which. */
    record NoRoi(List<Reason> reasons) implements RoiOutcome {

        public NoRoi {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("No ROI needs a reason");
            }
        }
    }
}
