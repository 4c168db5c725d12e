package nl.rendement.app.importing;

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
        boolean asDutch = Numbers.reads(compact, NumberStyle.DUTCH);
        boolean asEnglish = Numbers.reads(compact, NumberStyle.ENGLISH);
        if (asDutch && asEnglish) {
            if (ambiguous.isEmpty()
                    && Numbers.parse(compact, NumberStyle.DUTCH)
                                    .orElseThrow()
                                    .compareTo(Numbers.parse(compact, NumberStyle.ENGLISH)
                                            .orElseThrow())
                            != 0) {
                ambiguous = compact;
            }
        } else if (asDutch || asEnglish) {
            dutch += asDutch ? 1 : 0;
            english += asEnglish ? 1 : 0;
            decisive = decisive.isEmpty() ? compact : decisive;
            if (asDutch && dutchExample.isEmpty()) {
                dutchExample = compact;
            }
            if (asEnglish && englishExample.isEmpty()) {
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
