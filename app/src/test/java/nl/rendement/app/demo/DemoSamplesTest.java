package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The samples in {@code docs/samples/} are what the generator makes for the small demo with its
 * last month 2026-10, byte for byte, so they cannot go stale. Regenerate them with {@code ./mvnw -pl
 * app -am test -Dtest=DemoSamplesTest -Drendement.samples.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DemoSamplesTest {

    static final Path SAMPLES = Path.of("../docs/samples");

    static final DemoOrganisation SMALL =
            DemoGenerator.generate(new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.SMALL, YearMonth.of(2026, 10)));

    @Test
    void theCostLedgerSampleIsTheSmallDemosLedger() throws IOException {
        sample("cost-lines.csv", DemoCostLedger.csv(SMALL));
    }

    @Test
    void theEngagementSampleIsTheSmallDemosSurvey() throws IOException {
        sample("engagement.csv", DemoEngagement.csv(SMALL));
    }

    private static void sample(String name, byte[] generated) throws IOException {
        Path sample = SAMPLES.resolve(name);
        if (Boolean.getBoolean("rendement.samples.write")) {
            Files.createDirectories(SAMPLES);
            Files.write(sample, generated);
        }

        assertThat(Files.readAllBytes(sample)).isEqualTo(generated);
    }
}
