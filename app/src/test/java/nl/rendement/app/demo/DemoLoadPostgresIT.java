package nl.rendement.app.demo;

import nl.rendement.app.storage.OnPostgres;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles({"demo", "test"})
@OnPostgres
class DemoLoadPostgresIT extends DemoLoadContract {}
