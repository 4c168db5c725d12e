package nl.rendement.app.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person who signs in to Rendement. The password hash never leaves the security feature. */
record Account(
        long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        Optional<String> language,
        Set<Role> roles) {

    Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(language, "language");
        roles = Set.copyOf(roles);
    }

    boolean isAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }
}
