package nl.rendement.app.programme;

import java.util.Comparator;
import java.util.List;
import nl.rendement.app.security.ScopeChoices;
import org.springframework.stereotype.Component;

/** The programmes an administrator can limit a user to: all of them, by name. */
@Component
class ProgrammeChoices implements ScopeChoices {

    private final ProgrammeCatalogue catalogue;

    ProgrammeChoices(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Kind kind() {
        return Kind.PROGRAMMES;
    }

    @Override
    public List<Choice> choices() {
        return catalogue.all().stream()
                .sorted(Comparator.comparing(ProgrammeSummary::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ProgrammeSummary::id))
                .map(programme -> Choice.of(programme.id(), programme.name()))
                .toList();
    }
}
