package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class KpiDefinitionImportH2IT extends KpiDefinitionImportContract {}
