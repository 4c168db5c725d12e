package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class EveryKindBadFilesH2IT extends EveryKindBadFilesContract {}
