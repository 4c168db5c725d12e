package nl.rendement.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rendement.app.RendementApplication;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.organisation.OrganisationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded file database survives a restart; shutdown is graceful; health includes the database. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT {

    @TempDir
    Path data;

    @Test
    void aRestartKeepsTheSettingsInTheEmbeddedFileDatabase(CapturedOutput output) throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("rendement") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (ConfigurableApplicationContext first = start(url)) {
            Organisation organisation = first.getBean(Organisation.class);
            OrganisationSettings before = organisation.settings();
            first.getBean(JdbcClient.class)
                    .sql("update organisation_settings set name = 'Na de herstart', hours_per_fte_year = 1612.5,"
                            + " fiscal_year_start_month = 7")
                    .update();
            assertThat(before.name()).isEqualTo("Organisation");
        }
        assertThat(output).contains("Graceful shutdown complete");
        assertThat(Files.list(data))
                .anyMatch(file -> file.getFileName().toString().endsWith(".mv.db"));

        try (ConfigurableApplicationContext second = start(url)) {
            OrganisationSettings after = second.getBean(Organisation.class).settings();
            assertThat(after.name()).isEqualTo("Na de herstart");
            assertThat(after.hoursPerFteYear()).isEqualByComparingTo(new BigDecimal("1612.5"));
            assertThat(after.fiscalYearStart()).isEqualTo(MonthDay.of(7, 1));
        }
    }

    @Test
    void healthIsPublicAndShowsTheDatabaseToAnAdministrator() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("health") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (ConfigurableApplicationContext context = start(url, "--rendement.admin.password=beheer-wachtwoord")) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient anonymous = HttpClient.newHttpClient();
            HttpResponse<String> publicHealth = anonymous.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(publicHealth.statusCode()).isEqualTo(200);
            assertThat(publicHealth.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");

            HttpClient admin =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String loginPage = admin.send(
                            HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
            assertThat(token.find()).isTrue();
            HttpResponse<String> login = admin.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=admin&password=beheer-wachtwoord&_csrf=" + token.group(1)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
            HttpResponse<String> detailed = admin.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(detailed.body()).contains("\"db\":{").contains("\"database\":\"H2\"");
        }
    }

    private static ConfigurableApplicationContext start(String url, String... more) {
        List<String> arguments = new ArrayList<>(
                List.of("--rendement.db.url=" + url, "--server.port=0", "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(RendementApplication.class).run(arguments.toArray(String[]::new));
    }
}
