package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class TemplatesRoundTripH2IT extends TemplatesRoundTripContract {}
