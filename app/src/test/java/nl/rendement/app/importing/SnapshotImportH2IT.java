package nl.rendement.app.importing;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class SnapshotImportH2IT extends SnapshotImportContract {}
