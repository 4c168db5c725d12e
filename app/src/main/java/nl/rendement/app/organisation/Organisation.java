package nl.rendement.app.organisation;

import java.util.Locale;
import nl.rendement.app.system.FallbackLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's settings, as every feature reads them; changes are recorded. */
@Service
public class Organisation implements FallbackLanguage {

    private final SettingsStore store;

    Organisation(SettingsStore store) {
        this.store = store;
    }

    public OrganisationSettings settings() {
        return store.current();
    }

    /** Saves new settings unless someone saved others since {@code expectedVersion}. */
    @Transactional
    boolean update(int expectedVersion, OrganisationSettings next, String changedBy) {
        return store.replace(expectedVersion, next, changedBy);
    }

    @Override
    public Locale fallbackLanguage() {
        return settings().defaultLanguage();
    }
}
