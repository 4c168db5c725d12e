package nl.rendement.app.plan;

import nl.rendement.app.storage.OnPostgres;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@OnPostgres
class PlanStoragePostgresIT extends PlanStorageContract {}
