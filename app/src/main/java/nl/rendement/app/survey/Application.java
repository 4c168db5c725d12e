package nl.rendement.app.survey;

import java.util.Objects;
import java.util.Optional;

/**
 * What a response says about applying the programme on the job (level 3): whether, how often (a
 * category of the survey's own frequency scale), and the barriers and enablers cited, each list
 * written with {@code |} between its entries.
 */
public record Application(
        Optional<Boolean> applying, Optional<String> frequency, Optional<String> barriers, Optional<String> enablers) {

    public static final Application NONE =
            new Application(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Application {
        Objects.requireNonNull(applying, "applying");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(barriers, "barriers");
        Objects.requireNonNull(enablers, "enablers");
    }
}
