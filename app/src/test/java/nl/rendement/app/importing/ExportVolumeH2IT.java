package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ExportVolumeH2IT extends ExportVolumeContract {}
