package nl.rendement.app.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The crash test on an H2 file. The application and the test open it with {@code AUTO_SERVER=TRUE}:
 * while the application runs, the test reads through it; after a kill, the test opens the file
 * itself, which is H2's recovery of a file left by a crash.
 */
class ImportCrashH2IT extends ImportCrashContract {

    @Override
    Database database() throws IOException {
        Path folder = FOLDER.resolve("h2-database").toAbsolutePath();
        for (String file : new String[] {"rendement.mv.db", "rendement.lock.db", "rendement.trace.db"}) {
            Files.deleteIfExists(folder.resolve(file));
        }
        Files.createDirectories(folder);
        return new Database(
                "h2",
                "jdbc:h2:file:" + folder.resolve("rendement")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE",
                "sa",
                "");
    }
}
