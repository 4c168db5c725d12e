package nl.rendement.app.evaluation.run;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The text of a CSV table of a run's evaluation file: comma-separated, LF line ends, quoted where needed. */
final class Csv {

    private Csv() {}

    static String of(Consumer<CsvWriter> rows) {
        StringWriter text = new StringWriter();
        try (CsvWriter writer =
                CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
            rows.accept(writer);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return text.toString();
    }
}
