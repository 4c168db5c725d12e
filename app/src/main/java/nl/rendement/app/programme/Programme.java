package nl.rendement.app.programme;

import java.util.Objects;
import nl.rendement.app.organisation.OrganisationSettings;

/** A stored programme; {@code version} counts its saved changes. */
public record Programme(long id, int version, ProgrammeDetails details) {

    public Programme {
        Objects.requireNonNull(details, "details");
    }

    /** The programme's own ROI objective, or else the organisation's default. */
    public RoiObjective roiObjective(OrganisationSettings organisation) {
        return details.roiObjectivePercent()
                .map(percent -> new RoiObjective(percent, false))
                .orElseGet(() -> new RoiObjective(organisation.defaultRoiObjectivePercent(), true));
    }
}
