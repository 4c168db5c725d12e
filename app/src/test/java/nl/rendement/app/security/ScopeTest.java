package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"none", "units", "programmes", "both"})
    void readsBackTheGrantsItDescribedForTheAudit(String grants) {
        Scope scope = switch (grants) {
            case "none" -> Scope.UNLIMITED;
            case "units" -> new Scope(Set.of(7L, 3L), Set.of());
            case "programmes" -> new Scope(Set.of(), Set.of(2L));
            default -> new Scope(Set.of(3L, 7L), Set.of(2L, 11L));
        };

        assertThat(Scope.parse(scope.describe())).isEqualTo(scope);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"units 3", "programmes 2; units 3", "units x; programmes 2"})
    void refusesWhatItNeverWrote(String described) {
        assertThatIllegalArgumentException().isThrownBy(() -> Scope.parse(described));
    }
}
