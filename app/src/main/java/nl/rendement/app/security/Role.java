package nl.rendement.app.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. A user holds any set of roles. ANALYST and ADMIN each include VIEWER; ADMIN
 * does not include ANALYST, so an administrator sees no personal data unless also an analyst.
 */
public enum Role {
    /** Aggregated results. */
    VIEWER,
    /** Data and evaluations, including personal data in scope. */
    ANALYST,
    /** Users and settings. */
    ADMIN;

    /** The message key of this role's name. */
    public String labelKey() {
        return switch (this) {
            case VIEWER -> "role.viewer";
            case ANALYST -> "role.analyst";
            case ADMIN -> "role.admin";
        };
    }

    /** The roles granted, with the ones they include. */
    public static Set<Role> withIncluded(Set<Role> held) {
        EnumSet<Role> granted = held.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(held);
        if (!granted.isEmpty()) {
            granted.add(VIEWER);
        }
        return granted;
    }
}
