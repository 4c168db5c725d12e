package nl.rendement.app.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A token a system signs in to the import API with, as an administrator created it: the kinds of
 * data it may import and the org units it is limited to (none: every unit), until it expires (the
 * day itself no longer counts) or is revoked. Never holds the secret, which only its creator saw.
 */
public record ApiToken(
        long id,
        String name,
        Set<String> kinds,
        Set<Long> unitIds,
        String createdBy,
        Instant createdAt,
        Optional<LocalDate> expiresOn,
        Optional<Instant> lastUsedAt,
        Optional<Revocation> revoked) {

    /** The prefix of the name an import made with a token records as who made it. */
    public static final String ACTOR_PREFIX = "token:";

    public ApiToken {
        Objects.requireNonNull(name, "name");
        kinds = Set.copyOf(kinds);
        unitIds = Set.copyOf(unitIds);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(revoked, "revoked");
    }

    /** Who the token acts as in imports and runs: {@code token:} and its name, which no username can be. */
    public String actor() {
        return ACTOR_PREFIX + name;
    }

    /** Whether the token signs in on this day: not revoked, not expired. */
    public boolean activeOn(LocalDate today) {
        return revoked.isEmpty() && expiresOn.map(today::isBefore).orElse(true);
    }

    public boolean mayImport(String kind) {
        return kinds.contains(kind);
    }

    /** Whether an administrator limited the token to some org units. */
    public boolean limited() {
        return !unitIds.isEmpty();
    }

    /** The scope the token reaches: its units, no programmes. */
    public Scope scope() {
        return new Scope(unitIds, Set.of());
    }

    /** Who revoked the token, and when. */
    public record Revocation(String by, Instant at) {}
}
