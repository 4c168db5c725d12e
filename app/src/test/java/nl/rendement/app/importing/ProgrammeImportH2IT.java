package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ProgrammeImportH2IT extends ProgrammeImportContract {}
