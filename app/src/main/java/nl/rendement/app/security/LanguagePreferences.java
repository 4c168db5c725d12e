package nl.rendement.app.security;

import nl.rendement.app.system.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers a signed-in user's language choice on their account. */
@Component
class LanguagePreferences {

    private final Accounts accounts;

    LanguagePreferences(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void remember(LanguageChosen choice) {
        accounts.setLanguage(choice.username(), choice.language().getLanguage());
    }
}
