package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class CohortImportH2IT extends CohortImportContract {}
