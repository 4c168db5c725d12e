package nl.rendement.engine.levels;

import java.util.Objects;

/**
 * A manager's observation of one participant (METHOD §1, level 3): whether they were seen
 * applying what was learned. Both ids are pseudonymous and never shown; they count managers and
 * observed people.
 */
public record ManagerObservation(String manager, String person, boolean applying) {

    public ManagerObservation {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(person, "person");
    }
}
