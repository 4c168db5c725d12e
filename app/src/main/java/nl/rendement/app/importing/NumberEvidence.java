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
    private String dutchExample = "";
    private String englishExample = "";

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
            if (asDutch.isPresent() && dutchExample.isEmpty()) {
                dutchExample = compact;
            }
            if (asEnglish.isPresent() && englishExample.isEmpty()) {
                englishExample = compact;
            }
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

    /** As many values only Dutch style reads as values only English style reads, and some of each. */
    boolean tied() {
        return dutch == english && dutch > 0;
    }

    /** The first value only Dutch style reads; empty when there is none. */
    String dutchExample() {
        return dutchExample;
    }

    /** The first value only English style reads; empty when there is none. */
    String englishExample() {
        return englishExample;
    }

    /** A value that shows why the column is undecided. */
    String example() {
        return ambiguous.isEmpty() ? decisive : ambiguous;
    }
}
