package nl.rendement.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Reads CSV and XLSX files into rows of the caller's columns: the one place Rendement reads
 * tabular files. See {@code docs/importing.md} for the conventions it applies.
 *
 * <p>A file is read twice, never held whole: first to find the columns and decide each number
 * column's style and the file's date order from all their values, then to read the rows. An XLSX
 * file (recognised by its content, not its name) is read from its first sheet unless a sheet is
 * named; anything else is read as CSV.
 *
 * <p>Problems name the file, row, column, value and reason; all of them are collected, up to
 * {@link TableProblems#CAP}.
 */
public final class TabularReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final TableSchema schema;
    private final Conventions conventions;
    private final Optional<String> sheet;

    private TabularReader(TableSchema schema, Conventions conventions, Optional<String> sheet) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.sheet = sheet;
    }

    /** A reader of the schema's columns with no declared conventions. */
    public static TabularReader of(TableSchema schema) {
        return new TabularReader(schema, Conventions.none(), Optional.empty());
    }

    public TabularReader with(Conventions declared) {
        return new TabularReader(schema, declared, sheet);
    }

    /** Reads files whose headers the user mapped: a normalised file header to a column's English header. */
    public TabularReader mapped(Map<String, String> mapping) {
        return new TabularReader(schema.mapped(mapping), conventions, sheet);
    }

    /** Reads this sheet of an XLSX file instead of the first; a file without it is refused. */
    public TabularReader sheet(String name) {
        return new TabularReader(schema, conventions, Optional.of(name));
    }

    /**
     * Reads the whole file into memory: every row, or the problems.
     *
     * @param fileName the name the person knows the file by, used in problems
     */
    public TableResult read(Path file, String fileName) {
        return read(file, fileName, ImportProgress.none());
    }

    /**
     * As {@link #read(Path, String)}, telling {@code progress} how far the first pass is (see {@link
     * #readEach(Path, String, ImportProgress, IntConsumer, Consumer)}) and, when it has counted the
     * rows, that their checking begins ({@link ImportProgress.Phase#CHECKING}, none of them done):
     * the second pass reads each row's values and finds their problems.
     */
    public TableResult read(Path file, String fileName, ImportProgress progress) {
        List<Row> rows = new ArrayList<>();
        TableProblems problems = readEach(
                file, fileName, progress, counted -> progress.at(ImportProgress.Phase.CHECKING, 0, counted), rows::add);
        return problems.isEmpty() ? new TableResult.Rows(rows) : new TableResult.Problems(problems);
    }

    /**
     * Streams the file's rows to {@code rows} in file order, in constant memory. Rows are handed on
     * only while no problem has been found; so a caller keeps what it received only when the
     * returned problems are empty (for example by importing inside one transaction).
     *
     * @param fileName the name the person knows the file by, used in problems
     * @return the problems; empty when every row was handed on
     */
    public TableProblems readEach(Path file, String fileName, Consumer<Row> rows) {
        return readEach(file, fileName, ImportProgress.none(), counted -> {}, rows);
    }

    /**
     * As {@link #readEach(Path, String, Consumer)}, telling what a progress bar needs, from the
     * reading thread. While the first pass reads a CSV file, {@code reading} is told {@link
     * ImportProgress.Phase#READING} with the bytes read of the file's size, about every megabyte and
     * at the pass's end (an XLSX file tells nothing: see {@link XlsxSource}). Once the first pass has
     * found them, before the first row is handed on, {@code counted} is told how many rows below the
     * header the file has (blank ones not counted).
     */
    public TableProblems readEach(
            Path file, String fileName, ImportProgress reading, IntConsumer counted, Consumer<Row> rows) {
        ProblemLog log = new ProblemLog(fileName);
        try {
            TableSource source = open(file);
            long size = Files.size(file);
            Survey survey = new Survey(schema, log);
            source.read(survey, bytes -> reading.at(ImportProgress.Phase.READING, Math.min(bytes, size), size));
            Optional<Survey.Decisions> decisions = survey.decide(conventions);
            if (decisions.isPresent()) {
                counted.accept(decisions.get().rows());
                source.read(new RowReader(decisions.get(), log, rows));
            }
        } catch (UnreadableTable unreadable) {
            log.inFile(unreadable.reason(), unreadable.arguments());
        } catch (Survey.Stop headerProblems) {
            // the header's problems are in the log
        } catch (IOException unreadable) {
            log.inFile("importing.problem.unreadable");
        }
        return log.problems();
    }

    /**
     * The file's header row as written (its first row that is not blank), read without the rest
     * of the file: what a person maps to columns before the file is read. Empty, with the reason
     * among the problems, when the file cannot be read or has no header.
     */
    public HeaderRow headers(Path file, String fileName) {
        ProblemLog log = new ProblemLog(fileName);
        List<String> found = new ArrayList<>();
        try {
            open(file).read(row -> {
                if (!row.isBlank()) {
                    row.cells().forEach(cell -> found.add(cell.shown()));
                    throw new Survey.Stop();
                }
            });
            log.inFile("importing.problem.noHeader");
        } catch (Survey.Stop headerFound) {
            // the header is all that is wanted
        } catch (UnreadableTable unreadable) {
            log.inFile(unreadable.reason(), unreadable.arguments());
        } catch (IOException unreadable) {
            log.inFile("importing.problem.unreadable");
        }
        return log.isEmpty()
                ? new HeaderRow(List.copyOf(found), log.problems())
                : new HeaderRow(List.of(), log.problems());
    }

    /** A file's headers as written, or (empty) the problems that keep them from being read. */
    public record HeaderRow(List<String> headers, TableProblems problems) {

        public boolean readable() {
            return problems.isEmpty();
        }
    }

    private TableSource open(Path file) throws IOException {
        byte[] start = new byte[ZIP.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        if (read == ZIP.length && Arrays.equals(start, ZIP)) {
            return new XlsxSource(file, sheet);
        }
        return CsvSource.open(file, schema);
    }
}
