package nl.rendement.app.evaluation.run;

import nl.rendement.app.storage.OnPostgres;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles({"demo", "test"})
@OnPostgres
class DemoRunsPostgresIT extends DemoRunsContract {}
