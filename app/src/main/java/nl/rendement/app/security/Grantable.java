package nl.rendement.app.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.rendement.app.security.ScopeChoices.Choice;
import nl.rendement.app.security.ScopeChoices.Kind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the other features offer to grant, gathered from their {@link ScopeChoices}: it checks a
 * requested scope against today's choices and names the grants of a recorded scope.
 */
@Component
class Grantable {

    private final List<ScopeChoices> offers;
    private final MessageSource messages;

    Grantable(List<ScopeChoices> offers, MessageSource messages) {
        this.offers = List.copyOf(offers);
        this.messages = messages;
    }

    /** What can be granted of this kind now, in page order. */
    List<Choice> of(Kind kind) {
        return offers.stream()
                .filter(offer -> offer.kind() == kind)
                .flatMap(offer -> offer.choices().stream())
                .toList();
    }

    /** The scope these submitted ids ask for; an id that is not a choice today is refused. */
    Scope scope(List<String> units, List<String> programmes) {
        return new Scope(granted(Kind.UNITS, units), granted(Kind.PROGRAMMES, programmes));
    }

    private Set<Long> granted(Kind kind, List<String> requested) {
        Set<String> offered =
                of(kind).stream().map(choice -> String.valueOf(choice.id())).collect(Collectors.toSet());
        requested.stream().filter(id -> !offered.contains(id)).findFirst().ifPresent(id -> {
            throw new ScopeRefused(kind, id);
        });
        return requested.stream().map(Long::valueOf).collect(Collectors.toSet());
    }

    /** Today's names of what can be granted, looked up once for a page of recorded scopes. */
    Names names() {
        return new Names(labels(Kind.UNITS), labels(Kind.PROGRAMMES));
    }

    private Map<Long, String> labels(Kind kind) {
        return of(kind).stream().collect(Collectors.toMap(Choice::id, Choice::label, (first, second) -> first));
    }

    /** A scope as the change history recorded it, with names for the ids still on offer. */
    String shown(String described, Names names, Locale reader) {
        Scope scope = Scope.parse(described);
        if (!scope.limited()) {
            return messages.getMessage("users.access.everything", null, reader);
        }
        Object[] grants = {
            named(names.units(), scope.unitIds(), reader), named(names.programmes(), scope.programmeIds(), reader)
        };
        return messages.getMessage("users.access.grants", grants, reader);
    }

    private String named(Map<Long, String> labels, Set<Long> ids, Locale reader) {
        if (ids.isEmpty()) {
            return messages.getMessage("users.access.none", null, reader);
        }
        SortedSet<Long> sorted = new TreeSet<>(ids);
        return sorted.stream()
                .map(id -> labels.getOrDefault(id, String.valueOf(id)))
                .collect(Collectors.joining(", "));
    }

    /** Names by id; an id no longer on offer (a dissolved unit, say) has none and shows as itself. */
    record Names(Map<Long, String> units, Map<Long, String> programmes) {

        Names {
            units = Map.copyOf(units);
            programmes = Map.copyOf(programmes);
        }
    }
}
