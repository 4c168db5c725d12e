package nl.rendement.app.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * A CSV file. Its encoding is UTF-16 when it starts with a UTF-16 byte order mark (Excel's
 * "Unicode text"), UTF-8 when every byte sequence is valid UTF-8 (a BOM is skipped), and
 * Windows-1252 otherwise: Excel on Windows writes one of these, and text in Windows-1252 with any
 * accent is almost never valid UTF-8. A file with NUL bytes and no UTF-16 mark is refused. The
 * delimiter, {@code ;}, {@code ,} or a tab, is the one the header line uses; a header with both
 * {@code ;} and {@code ,} is split both ways and the split that finds more of the schema's columns
 * wins.
 */
final class CsvSource implements TableSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** About how many bytes are read between two tellings of how far the reading is: a megabyte. */
    static final long TELL_EVERY = 1L << 20;

    private final Path file;
    private final Charset charset;
    private final char delimiter;

    private CsvSource(Path file, Charset charset, char delimiter) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
    }

    static CsvSource open(Path file, TableSchema schema) throws IOException {
        Charset charset = utf16(file).orElse(null);
        if (charset != null) {
            return new CsvSource(file, charset, Delimiters.detect(headerLine(file, charset), schema));
        }
        if (hasNul(file)) {
            // no text Excel writes as UTF-8 or Windows-1252 holds a NUL: UTF-16 without its mark, or not text
            throw new UnreadableTable("importing.problem.nulBytes");
        }
        charset = decodes(file, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        if (charset == WINDOWS_1252 && !decodes(file, WINDOWS_1252)) {
            // five bytes mean nothing in Windows-1252 either: this is not text Excel wrote
            throw new UnreadableTable("importing.problem.notText");
        }
        return new CsvSource(file, charset, Delimiters.detect(headerLine(file, charset), schema));
    }

    @Override
    public void read(RawRows rows) throws IOException {
        read(rows, bytes -> {});
    }

    /**
     * Tells {@code bytes} how many of the file's bytes the parser has taken each time about another
     * {@link #TELL_EVERY} bytes have been read (checked after each row: a subtraction, nothing made
     * per row), and at the end of the file, where the count is the file's size. The parser reads
     * ahead in blocks, so the count runs slightly ahead of the rows handed on; it never passes the
     * file's size.
     */
    @Override
    public void read(RawRows rows, LongConsumer bytes) throws IOException {
        try (CountedInput in = new CountedInput(Files.newInputStream(file));
                CsvReader<CsvRecord> csv = CsvReader.builder()
                        .fieldSeparator(delimiter)
                        .quoteCharacter('"')
                        .allowUnclosedQuote(false)
                        .skipEmptyLines(false)
                        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .detectBomHeader(true)
                        .ofCsvRecord(in, charset)) {
            int number = 0;
            long told = 0;
            for (CsvRecord record : csv) {
                number++;
                List<String> fields = record.getFields();
                RawCell[] cells = new RawCell[fields.size()];
                for (int index = 0; index < cells.length; index++) {
                    cells[index] = new RawCell(fields.get(index), RawCell.Kind.TEXT);
                }
                rows.row(new RawRow(number, List.of(cells)));
                if (in.count - told >= TELL_EVERY) {
                    told = in.count;
                    bytes.accept(told);
                }
            }
            if (in.count > told) {
                bytes.accept(in.count);
            }
        } catch (CsvParseException malformed) {
            throw new UnreadableTable("importing.problem.malformedCsv");
        }
    }

    /**
     * The file's bytes as read, counting them: {@code Files.newInputStream}, which FastCSV's {@code
     * Path} overload opens too, so the reading is the same. Read by one thread only.
     */
    private static final class CountedInput extends FilterInputStream {

        private long count;

        CountedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read != -1) {
                count++;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long wanted) throws IOException {
            long skipped = super.skip(wanted);
            count += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** UTF-16 when the file starts with its byte order mark, as Excel's "Unicode text" does. */
    private static Optional<Charset> utf16(Path file) throws IOException {
        byte[] start = new byte[2];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, 2);
        }
        if (read < 2) {
            return Optional.empty();
        }
        if (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean hasNul(Path file) throws IOException {
        byte[] start = new byte[8192];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        for (int index = 0; index < read; index++) {
            if (start[index] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) != -1) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static String headerLine(Path file, Charset charset) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
            List<String> firstLines =
                    reader.lines().filter(line -> !line.isBlank()).limit(1).toList();
            if (firstLines.isEmpty()) {
                throw new UnreadableTable("importing.problem.noHeader");
            }
            return firstLines.get(0).replace("\uFEFF", "");
        }
    }
}
