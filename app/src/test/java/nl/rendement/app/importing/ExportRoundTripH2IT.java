package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ExportRoundTripH2IT extends ExportRoundTripContract {}
