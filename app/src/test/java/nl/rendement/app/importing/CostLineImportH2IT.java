package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class CostLineImportH2IT extends CostLineImportContract {}
