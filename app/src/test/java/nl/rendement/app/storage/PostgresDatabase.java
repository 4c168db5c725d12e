package nl.rendement.app.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points an application context at a new, empty database in a real PostgreSQL server (zonky's
 * embedded PostgreSQL 15 binaries from Maven Central), started once per test JVM.
 * PostgreSQL refuses to run as root; zonky then starts it in a user namespace ({@code unshare -U})
 * by itself, so CI's root user needs nothing extra.
 */
public final class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = createDatabase();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                context, "rendement.db.url=" + url, "rendement.db.user=postgres", "rendement.db.password=");
    }

    /** A new empty database; returns its JDBC URL. */
    public static synchronized String createDatabase() {
        String name = "rendement_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot create test database " + name, failure);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", failure);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the data directory is temporary
                }
            }));
        }
        return server;
    }
}
