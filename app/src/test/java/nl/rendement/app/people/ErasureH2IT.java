package nl.rendement.app.people;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ErasureH2IT extends ErasureContract {}
