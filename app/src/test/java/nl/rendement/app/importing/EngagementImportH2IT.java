package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class EngagementImportH2IT extends EngagementImportContract {}
