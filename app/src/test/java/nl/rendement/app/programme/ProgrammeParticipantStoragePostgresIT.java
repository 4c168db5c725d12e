package nl.rendement.app.programme;

import nl.rendement.app.storage.OnPostgres;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@OnPostgres
class ProgrammeParticipantStoragePostgresIT extends ProgrammeParticipantStorageContract {}
