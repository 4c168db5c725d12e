package nl.rendement.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(RendementApplication.class);

    @Test
    void featuresHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void treatsEveryFeaturePackageAsAModule() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains(
                        "evaluation",
                        "importing",
                        "organisation",
                        "people",
                        "portfolio",
                        "programme",
                        "security",
                        "system");
    }

    @Test
    void drawsTheModulesIntoTarget() throws IOException {
        Path diagram = Path.of("target/spring-modulith-docs/components.puml");
        Files.deleteIfExists(diagram);

        new Documenter(
                        MODULES,
                        Documenter.Options.defaults()
                                .withOutputFolder(diagram.getParent().toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(Files.readString(diagram)).contains("\"Organisation\"", "\"Security\"", "\"System\"");
    }
}
