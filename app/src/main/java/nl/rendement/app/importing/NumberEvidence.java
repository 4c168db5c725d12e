package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.util.Optional;
import nl.rendement.app.importing.Conventions.NumberStyle;

/**
 * What a number column's values say about its style. Each value is read both ways: a value only
 * one style reads is evidence for that style; a value both styles read differently is ambiguous;
 * a value both read the same (such as {@code 1234}) says nothing. The style with more evidence
 * wins, and the other style's values become errors at their cells.
 */
final class NumberEvidence {

    private int dutch;
    private int english;
    private String ambiguous = "";
    private String decisive = "";

    void add(String compact) {
        Optional<BigDecimal> asDutch = Numbers.parse(compact, NumberStyle.DUTCH);
        Optional<BigDecimal> asEnglish = Numbers.parse(compact, NumberStyle.ENGLISH);
        if (asDutch.isPresent() && asEnglish.isPresent()) {
            if (asDutch.get().compareTo(asEnglish.get()) != 0 && ambiguous.isEmpty()) {
                ambiguous = compact;
            }
        } else if (asDutch.isPresent() || asEnglish.isPresent()) {
            dutch += asDutch.isPresent() ? 1 : 0;
            english += asEnglish.isPresent() ? 1 : 0;
            decisive = decisive.isEmpty() ? compact : decisive;
        }
    }

    /** The column's style, or empty when neither the values nor the declaration decide it. */
    Optional<NumberStyle> decide(Optional<NumberStyle> declared) {
        if (dutch != english) {
            return Optional.of(dutch > english ? NumberStyle.DUTCH : NumberStyle.ENGLISH);
        }
        if (dutch == 0 && ambiguous.isEmpty()) {
            return Optional.of(declared.orElse(NumberStyle.DUTCH));
        }
        return declared;
    }

    /** A value that shows why the column is undecided. */
    String example() {
        return ambiguous.isEmpty() ? decisive : ambiguous;
    }
}
