package nl.rendement.app.people;

import nl.rendement.app.storage.OnPostgres;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@OnPostgres
class ErasurePostgresIT extends ErasureContract {}
