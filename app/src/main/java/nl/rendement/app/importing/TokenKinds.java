package nl.rendement.app.importing;

import java.util.List;
import java.util.Locale;
import nl.rendement.app.importing.formats.Formats;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.security.ImportKindChoices;
import org.springframework.stereotype.Component;

/** Offers the kinds that can be imported to the API tokens page, in the Data page's order. */
@Component
class TokenKinds implements ImportKindChoices {

    private final Imports imports;

    TokenKinds(Imports imports) {
        this.imports = imports;
    }

    @Override
    public List<Choice> kinds(Locale reader) {
        return Formats.all().stream()
                .filter(format -> imports.kinds().contains(format.kind()))
                .map(format -> new Choice(
                        format.kind(), format.title().in(Language.of(reader)), imports.limitsToUnits(format.kind())))
                .toList();
    }
}
