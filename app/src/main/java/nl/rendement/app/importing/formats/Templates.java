package nl.rendement.app.importing.formats;

import java.util.Locale;

/**
 * The downloadable templates of an import format: a header row and one example row in the
 * language's headers, numbers and dates, as CSV or XLSX. Both read back through the tabular
 * reader with the format's schema and no declared conventions.
 */
public final class Templates {

    /** The two file types a template comes in. */
    public enum FileType {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String mediaType;

        FileType(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Templates() {}

    public static byte[] write(ImportFormat format, Language language, FileType type) {
        return type == FileType.CSV ? CsvTemplate.write(format, language) : XlsxTemplate.write(format, language);
    }

    /** The name a downloaded template gets, such as {@code rendement-leavers-nl.xlsx}. */
    public static String fileName(ImportFormat format, Language language, FileType type) {
        return "rendement-" + format.kind() + "-" + language.code() + "." + type.extension();
    }
}
