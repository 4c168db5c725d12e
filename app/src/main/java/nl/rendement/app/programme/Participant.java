package nl.rendement.app.programme;

import java.util.Objects;

/** A stored participant: one employee in one cohort of a programme. */
public record Participant(long id, long programmeId, long cohortId, Participation participation) {

    public Participant {
        Objects.requireNonNull(participation, "participation");
    }
}
