package nl.rendement.app.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableResult;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.app.importing.TabularReader;
import nl.rendement.app.importing.formats.Templates.FileType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatesTest {

    private static final Column HELP_COLUMN = Column.required("column", "kolom", ColumnType.TEXT);
    private static final Column HELP_TYPE = Column.optional("type", "soort", ColumnType.TEXT);
    private static final Column HELP_REQUIRED = Column.optional("required", "verplicht", ColumnType.TEXT);
    private static final Column HELP_DESCRIPTION = Column.optional("description", "toelichting", ColumnType.TEXT);

    @TempDir
    Path directory;

    static Stream<Arguments> templates() {
        List<Arguments> all = new ArrayList<>();
        for (ImportFormat format : Formats.all()) {
            for (Language language : Language.values()) {
                for (FileType type : FileType.values()) {
                    all.add(Arguments.of(format.kind(), language, type));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("templates")
    void readsBackAsItsOwnFormatGivingTheExampleRow(String kind, Language language, FileType type) throws IOException {
        ImportFormat format = Formats.of(kind).orElseThrow();
        Path file = written(format, language, type);

        TableResult result = TabularReader.of(format.schema())
                .with(language.conventions())
                .read(file, file.getFileName().toString());

        assertThat(result).as("%s", result).isInstanceOf(TableResult.Rows.class);
        List<Row> rows = ((TableResult.Rows) result).rows();
        assertThat(rows).hasSize(1);
        for (FormatColumn column : format.columns()) {
            Object read = read(rows.get(0), column.column());
            Object example = column.example(language);
            if (!column.inExampleRow()) {
                assertThat(read)
                        .as(column.column().english() + " is blank in the example row")
                        .isNull();
            } else if (example instanceof BigDecimal number) {
                assertThat((BigDecimal) read).as(column.column().english()).isEqualByComparingTo(number);
            } else {
                assertThat(read).as(column.column().english()).isEqualTo(example);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void explainsEveryColumnOnItsHelpSheet(String kind, Language language, FileType type) throws IOException {
        if (type != FileType.XLSX) {
            return;
        }
        ImportFormat format = Formats.of(kind).orElseThrow();
        Path file = written(format, language, type);
        TableSchema help = TableSchema.of(HELP_COLUMN, HELP_TYPE, HELP_REQUIRED, HELP_DESCRIPTION);

        TableResult result = TabularReader.of(help)
                .sheet(Bilingual.of("Help", "Toelichting").in(language))
                .read(file, "template.xlsx");

        List<Row> rows = ((TableResult.Rows) result).rows();
        for (int index = 0; index < format.columns().size(); index++) {
            FormatColumn column = format.columns().get(index);
            Row row = rows.get(index);
            assertThat(row.text(HELP_COLUMN)).contains(column.header(language));
            assertThat(row.text(HELP_DESCRIPTION)).contains(column.description().in(language));
            assertThat(row.text(HELP_REQUIRED))
                    .contains(Examples.written(column.column().required(), ColumnType.BOOLEAN, language));
        }
        assertThat(rows).hasSize(format.columns().size() + (format.identity().isNone() ? 0 : 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void writesCsvAsUtf8WithBomAndTheLanguagesDelimiter(Language language) {
        byte[] csv = Templates.write(PeopleFormats.LEAVERS, language, FileType.CSV);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo(
                        language == Language.DUTCH
                                ? "personeelsnummer;e-mail;uitdienstdatum;reden\r\n"
                                        + "004512;a.devries@example.com;30-06-2025;vrijwillig\r\n"
                                : "employee number,email,exit date,reason\r\n"
                                        + "004512,a.devries@example.com,2025-06-30,voluntary\r\n");
    }

    static Stream<Language> languages() {
        return Stream.of(Language.values());
    }

    private Path written(ImportFormat format, Language language, FileType type) throws IOException {
        Path file = directory.resolve(Templates.fileName(format, language, type));
        Files.write(file, Templates.write(format, language, type));
        return file;
    }

    private static Object read(Row row, Column column) {
        return switch (column.type()) {
            case TEXT -> row.text(column).orElse(null);
            case INTEGER -> row.integer(column).orElse(null);
            case DECIMAL, PERCENTAGE -> row.decimal(column).orElse(null);
            case DATE -> row.date(column).orElse(null);
            case BOOLEAN -> row.bool(column).orElse(null);
        };
    }
}
