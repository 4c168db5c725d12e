package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rendement.app.RendementApplication;
import nl.rendement.app.system.InstanceMode;
import nl.rendement.app.system.StartupRefusedException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts that must not go on: demo and production data never share a database, and the
 * published demo password never guards a production administrator. Each test starts the real
 * application, one start after another on the same named in-memory database.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalIT {

    @Test
    void productionStartRefusesADemoDatabase(CapturedOutput output) {
        String database = newDatabase();
        start(InstanceMode.DEMO, database).close();

        StartupRefusedException refused =
                refusal(() -> start(InstanceMode.PRODUCTION, database).close());

        String sentence = "This database holds Rendement's demo data, and a production start refuses it.";
        assertThat(refused).hasMessage(sentence);
        assertThat(output.getAll()).contains(sentence);
    }

    @Test
    void demoStartRefusesAProductionDatabase(CapturedOutput output) {
        String database = newDatabase();
        start(InstanceMode.PRODUCTION, database).close();

        StartupRefusedException refused =
                refusal(() -> start(InstanceMode.DEMO, database).close());

        String sentence = "This database holds production data, and a demo start refuses to add demo logins to it.";
        assertThat(refused).hasMessage(sentence);
        assertThat(output.getAll()).contains(sentence);
    }

    @Test
    void productionStartRefusesTheDemoPasswordForTheFirstAdministrator() {
        StartupRefusedException refused = refusal(() -> start(
                        InstanceMode.PRODUCTION, newDatabase(), "--rendement.admin.password=" + DemoAccounts.PASSWORD)
                .close());

        assertThat(refused).hasMessageContaining("account.error.password.demo");
    }

    private static String newDatabase() {
        return "jdbc:h2:mem:startup-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** Starts Rendement as the given kind of instance on this database, with extra settings. */
    private static ConfigurableApplicationContext start(InstanceMode mode, String database, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--rendement.db.url=" + database, "--server.port=0"));
        arguments.addAll(List.of(settings));
        String[] profiles = mode == InstanceMode.DEMO ? new String[] {"demo", "test"} : new String[] {"test"};
        return new SpringApplicationBuilder(RendementApplication.class)
                .profiles(profiles)
                .run(arguments.toArray(String[]::new));
    }

    private static StartupRefusedException refusal(ThrowingCallable start) {
        Throwable failure = catchThrowable(start);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupRefusedException refused) {
                return refused;
            }
        }
        throw new AssertionError("The start was not refused", failure);
    }
}
