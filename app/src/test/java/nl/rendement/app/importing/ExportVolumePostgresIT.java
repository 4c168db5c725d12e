package nl.rendement.app.importing;

import nl.rendement.app.storage.OnPostgres;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@OnPostgres
class ExportVolumePostgresIT extends ExportVolumeContract {}
