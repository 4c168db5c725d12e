package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/demo-truth.json} is what the generator plants, byte for byte. Regenerate it with
 * {@code ./mvnw -pl app -am test -Dtest=DemoTruthFileTest -Drendement.samples.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DemoTruthFileTest {

    static final Path TRUTH = Path.of("../docs/demo-truth.json");

    private final byte[] generated = DemoTruthFile.json(DemoGeneratorTest.FULL.spec());

    @Test
    void theCommittedTruthFileIsTheGeneratorsTruth() throws IOException {
        if (Boolean.getBoolean("rendement.samples.write")) {
            Files.write(TRUTH, generated);
        }
        assertThat(new String(Files.readAllBytes(TRUTH), StandardCharsets.UTF_8))
                .isEqualTo(new String(generated, StandardCharsets.UTF_8));
    }

    @Test
    void everyProgrammeHasAnEffectOnAKpiThatIsDefinedAndShapedOverAYear() {
        JsonNode truth = JsonMapper.shared().readTree(generated);
        assertThat(truth.get("programmes"))
                .hasSize(DemoGeneratorTest.FULL.programmes().size());
        for (JsonNode programme : truth.get("programmes")) {
            assertThat(programme.get("effects"))
                    .as(programme.get("name").asString())
                    .isNotEmpty();
            for (JsonNode effect : programme.get("effects")) {
                assertThat(DemoKpis.DEFINITIONS)
                        .anyMatch(definition ->
                                definition.code().equals(effect.get("kpi").asString()));
                assertThat(effect.get("byMonth")).hasSize(12);
                assertThat(effect.get("byMonth").get(0).asDouble()).isNotZero();
            }
        }
    }

    @Test
    void theShapesGrowFadeAndStepAsDocumented() {
        DemoTruth.Effect ramp = new DemoTruth.Effect("k", 6, false, DemoTruth.Shape.RAMP, 3, 1);
        DemoTruth.Effect fade = new DemoTruth.Effect("k", 8, false, DemoTruth.Shape.FADE, 12, 0.5);
        DemoTruth.Effect step = new DemoTruth.Effect("k", -0.3, true, DemoTruth.Shape.STEP, 1, 1);

        assertThat(ramp.at(0)).isZero();
        assertThat(ramp.at(1)).isEqualTo(2.0);
        assertThat(ramp.at(3)).isEqualTo(6.0);
        assertThat(ramp.at(30)).isEqualTo(6.0);
        assertThat(fade.at(1)).isEqualTo(8.0);
        assertThat(fade.at(13)).isEqualTo(4.0);
        assertThat(fade.at(40)).isEqualTo(4.0);
        assertThat(step.at(-2)).isZero();
        assertThat(step.at(1)).isEqualTo(-0.3);
    }
}
