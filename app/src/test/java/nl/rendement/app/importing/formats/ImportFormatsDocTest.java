package nl.rendement.app.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportFormatsDocTest {

    @Test
    void documentsEveryFormatWithTheColumnsItReads() throws IOException {
        String doc = Files.readString(Path.of("../docs/import-formats.md"));

        for (ImportFormat format : Formats.all()) {
            assertThat(doc).contains("(`" + format.kind() + "`)\n").contains(FormatTables.markdown(format));
        }
    }
}
