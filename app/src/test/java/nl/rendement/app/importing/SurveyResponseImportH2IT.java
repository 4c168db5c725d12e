package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class SurveyResponseImportH2IT extends SurveyResponseImportContract {}
