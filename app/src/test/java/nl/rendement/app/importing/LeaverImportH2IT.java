package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class LeaverImportH2IT extends LeaverImportContract {}
