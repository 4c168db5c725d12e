package nl.rendement.app.security;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A token as an administrator asks for it on the tokens page, checked against what can be granted
 * today: a name of 1 to 50 letters, digits, spaces and {@code . _ -}; at least one kind, each on
 * offer; units on offer, and only with kinds whose rows say which unit they are about; an expiry
 * after today, or none.
 */
record NewToken(String name, List<String> kinds, List<String> units, String expiresOn) {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,49}");

    NewToken {
        name = name == null ? "" : name.strip();
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        units = units == null ? List.of() : List.copyOf(units);
        expiresOn = expiresOn == null ? "" : expiresOn.strip();
    }

    /** What the page offers: kinds by code (with those that can be limited to units) and unit ids. */
    record Offer(Set<String> kinds, Set<String> limitableKinds, Set<Long> units) {}

    /** The checked request: name, kinds, units, expiry; or {@link AccountRejected} naming the field at fault. */
    Checked check(Offer offer, LocalDate today) {
        if (!NAME.matcher(name).matches()) {
            throw new AccountRejected("name", "tokens.error.name");
        }
        if (kinds.isEmpty() || !offer.kinds().containsAll(kinds)) {
            throw new AccountRejected("kinds", "tokens.error.kinds");
        }
        Set<Long> unitIds;
        try {
            unitIds = units.stream().map(Long::valueOf).collect(Collectors.toSet());
        } catch (NumberFormatException notAnId) {
            throw new AccountRejected("units", "tokens.error.units");
        }
        if (!offer.units().containsAll(unitIds)) {
            throw new AccountRejected("units", "tokens.error.units");
        }
        if (!unitIds.isEmpty() && !offer.limitableKinds().containsAll(kinds)) {
            throw new AccountRejected("units", "tokens.error.unitsNeedLimitableKinds");
        }
        return new Checked(name, Set.copyOf(kinds), unitIds, expiry(today));
    }

    private Optional<LocalDate> expiry(LocalDate today) {
        if (expiresOn.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(expiresOn);
            if (!day.isAfter(today)) {
                throw new AccountRejected("expiresOn", "tokens.error.expiry");
            }
            return Optional.of(day);
        } catch (DateTimeParseException notADate) {
            throw new AccountRejected("expiresOn", "tokens.error.expiry");
        }
    }

    record Checked(String name, Set<String> kinds, Set<Long> unitIds, Optional<LocalDate> expiresOn) {}
}
