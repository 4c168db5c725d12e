package nl.rendement.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.rendement.app.RendementApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Bad configuration stops start-up with one sentence saying what to set. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIT {

    @Test
    void anUnreachableDatabaseStopsStartUpSayingWhatToSet(CapturedOutput output) {
        assertThatThrownBy(() -> start("jdbc:postgresql://127.0.0.1:1/rendement?password=secret"))
                .isInstanceOf(Exception.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Rendement cannot use its database at jdbc:postgresql://127.0.0.1:1/rendement (")
                .contains("Set RENDEMENT_DB_URL, RENDEMENT_DB_USER and RENDEMENT_DB_PASSWORD")
                .doesNotContain("password=secret");
    }

    @Test
    void aDatabaseUrlNoDriverUnderstandsStopsStartUpSayingWhatToSet(CapturedOutput output) {
        assertThatThrownBy(() -> start("jdbc:nosuchdb://localhost/rendement")).isInstanceOf(Exception.class);

        assertThat(output)
                .contains("Rendement does not understand the database URL jdbc:nosuchdb://localhost/rendement:"
                        + " it must start with jdbc:postgresql: or jdbc:h2:.")
                .contains("Set RENDEMENT_DB_URL");
    }

    private static void start(String databaseUrl) {
        new SpringApplicationBuilder(RendementApplication.class)
                .run(
                        "--rendement.db.url=" + databaseUrl,
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--spring.main.banner-mode=off",
                        "--server.port=0")
                .close();
    }
}
