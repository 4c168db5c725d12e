package nl.rendement.app.organisation;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class SettingsStorageH2IT extends SettingsStorageContract {}
