package nl.rendement.app.programme;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ProgrammeStorageH2IT extends ProgrammeStorageContract {}
