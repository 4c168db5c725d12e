package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class OrgUnitImportH2IT extends OrgUnitImportContract {}
