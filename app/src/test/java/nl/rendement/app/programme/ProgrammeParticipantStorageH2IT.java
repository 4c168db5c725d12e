package nl.rendement.app.programme;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ProgrammeParticipantStorageH2IT extends ProgrammeParticipantStorageContract {}
