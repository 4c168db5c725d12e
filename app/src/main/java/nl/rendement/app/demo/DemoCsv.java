package nl.rendement.app.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The generated organisation as the CSV files (semicolon-separated, UTF-8, LF) a demo start
 * imports, in the order it imports them: the form in which the same seed must give byte-identical
 * output, and a readable dump of the demo.
 */
public final class DemoCsv {

    private DemoCsv() {}

    public static Map<String, byte[]> files(DemoOrganisation organisation) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        DemoFile.peopleAndProgrammes(organisation).forEach(file -> files.put(file.name(), file.content()));
        files.put(DemoCostLedger.FILE_NAME, DemoCostLedger.csv(organisation));
        files.put(DemoEngagement.FILE_NAME, DemoEngagement.csv(organisation));
        files.put(DemoAssessments.FILE_NAME, DemoAssessments.csv(organisation));
        return files;
    }

    static byte[] csv(Consumer<CsvWriter> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.builder()
                .fieldSeparator(';')
                .lineDelimiter(LineDelimiter.LF)
                .build(bytes, StandardCharsets.UTF_8)) {
            rows.accept(writer);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
