package nl.rendement.app.programme;

import java.util.Objects;

/** A stored cohort of a programme. */
public record Cohort(long id, long programmeId, CohortDetails details) {

    public Cohort {
        Objects.requireNonNull(details, "details");
    }
}
