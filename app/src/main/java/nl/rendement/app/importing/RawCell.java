package nl.rendement.app.importing;

/** A cell as the file stores it, before its column's type is applied. */
record RawCell(String text, Kind kind) {

    static final RawCell BLANK = new RawCell("", Kind.TEXT);

    enum Kind {
        TEXT,
        /** An XLSX number; the text is its machine form ({@code 1234.5}). */
        NUMBER,
        /** An XLSX number formatted as a percentage: 0.25 shown as 25%. */
        PERCENT_NUMBER,
        /** An XLSX number formatted as a date: an Excel serial day. */
        DATE_SERIAL,
        /** An XLSX boolean, {@code 1} or {@code 0}. */
        BOOLEAN,
        /** An XLSX formula; the text is the formula. */
        FORMULA
    }

    boolean isBlank() {
        return kind != Kind.FORMULA && text.isBlank();
    }

    /** The text a person would recognise in a message. */
    String shown() {
        return kind == Kind.FORMULA ? "=" + text : text.strip();
    }
}
