package nl.rendement.app.importing;

import nl.rendement.app.storage.PostgresDatabase;

/**
 * The crash test on a new database of the embedded PostgreSQL server the tests share: a kill drops
 * the application's connections, and PostgreSQL rolls their open transaction back.
 */
class ImportCrashPostgresIT extends ImportCrashContract {

    @Override
    Database database() {
        return new Database("postgres", PostgresDatabase.createDatabase(), "postgres", "");
    }
}
