package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class EnrolmentImportH2IT extends EnrolmentImportContract {}
