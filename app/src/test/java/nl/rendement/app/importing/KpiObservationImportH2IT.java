package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class KpiObservationImportH2IT extends KpiObservationImportContract {}
