package nl.rendement.app.system;

/** Something that keeps a page from being fully bilingual, and where it is. */
record I18nFinding(Kind kind, String file, String where, String text) {

    enum Kind {
        /** Text with letters written into an element's content. */
        LITERAL_TEXT,
        /** A title, alt, placeholder or aria-label written as plain text. */
        LITERAL_ATTRIBUTE,
        /** A quoted or bare literal that a th: attribute would display. */
        LITERAL_IN_EXPRESSION,
        /** A plain value on a button or a submit, reset or button input. */
        LITERAL_BUTTON_VALUE,
        /** A key that one bundle has and another lacks. */
        KEY_IN_ONE_BUNDLE,
        /** A key a template uses that no bundle defines. */
        UNDEFINED_TEMPLATE_KEY,
        /** A message-key-like string in Java code that is missing from a bundle. */
        UNDEFINED_JAVA_KEY
    }

    @Override
    public String toString() {
        return kind + " in " + file + " at " + where + ": " + text;
    }
}
