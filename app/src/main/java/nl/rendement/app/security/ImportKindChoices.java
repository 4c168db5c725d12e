package nl.rendement.app.security;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The kinds of data an API token can be allowed to import, offered by the importing feature so
 * that security does not depend on it (as {@link ScopeChoices} offers units and programmes).
 */
public interface ImportKindChoices {

    /** Every kind that can be imported, in the order the tokens page lists them, named in the reader's language. */
    List<Choice> kinds(Locale reader);

    /**
     * One kind: its code, its name, and whether an import of it can be limited to org units (its
     * rows say which unit each is about); a token limited to units may import only such kinds.
     */
    record Choice(String code, String label, boolean limitableToUnits) {

        public Choice {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }
}
