package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The ROI a programme must reach, in percent, and whether it is the organisation's default (so a
 * page can say so, and a changed default applies to every programme without its own objective).
 */
public record RoiObjective(BigDecimal percent, boolean organisationDefault) {

    public RoiObjective {
        Objects.requireNonNull(percent, "percent");
    }
}
