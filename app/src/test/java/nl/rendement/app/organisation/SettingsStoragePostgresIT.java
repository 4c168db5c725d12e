package nl.rendement.app.organisation;

import nl.rendement.app.storage.OnPostgres;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@OnPostgres
class SettingsStoragePostgresIT extends SettingsStorageContract {}
