package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class AssessmentImportH2IT extends AssessmentImportContract {}
