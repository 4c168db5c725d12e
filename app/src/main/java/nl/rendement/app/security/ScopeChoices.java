package nl.rendement.app.security;

import java.util.List;
import java.util.Objects;

/**
 * What an administrator can grant a user, offered by the feature that owns it: the people
 * feature offers its units, the programme feature its programmes. Security knows them only
 * through this interface, so that it depends on neither.
 */
public interface ScopeChoices {

    /** Which grants the choices are for. */
    Kind kind();

    /** What can be granted now, in the order the access page lists it. */
    List<Choice> choices();

    /** The two things a scope grants. */
    enum Kind {
        UNITS,
        PROGRAMMES
    }

    /** One thing that can be granted; depth indents a unit below the unit above it (0 at the top). */
    record Choice(long id, String label, int depth) {

        public Choice {
            Objects.requireNonNull(label, "label");
            if (depth < 0) {
                throw new IllegalArgumentException("A depth is 0 or more: " + depth);
            }
        }

        public static Choice of(long id, String label) {
            return new Choice(id, label, 0);
        }
    }
}
