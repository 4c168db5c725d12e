package nl.rendement.app.importing.formats;

import static nl.rendement.app.importing.ColumnType.TEXT;

import nl.rendement.app.importing.Column;

/**
 * The columns that name a person in a row: the employee number and email HR knows, and the
 * learner id of the LMS. Each is optional; a format's {@link Identity} says how many a row needs.
 */
public final class PersonColumns {

    public static final Column EMPLOYEE_NUMBER = Column.optional("employee number", "personeelsnummer", TEXT);
    public static final Column EMAIL = Column.optional("email", "e-mail", TEXT);
    public static final Column LEARNER_ID = Column.optional("learner id", "deelnemer-id", TEXT);

    private PersonColumns() {}

    static FormatColumn employeeNumber() {
        return FormatColumn.text(
                EMPLOYEE_NUMBER,
                "The employee's number in the HR system, as text (leading zeros count).",
                "Het nummer van de medewerker in het HR-systeem, als tekst (voorloopnullen tellen mee).",
                "004512",
                "004512");
    }

    static FormatColumn email() {
        return FormatColumn.text(
                EMAIL,
                "The employee's work email address, matched ignoring case.",
                "Het zakelijke e-mailadres van de medewerker, vergeleken zonder op hoofdletters te letten.",
                "a.devries@example.com",
                "a.devries@example.com");
    }

    static FormatColumn learnerId() {
        return FormatColumn.text(
                LEARNER_ID,
                "The learner's id in the LMS. Given with an employee number or email, Rendement learns it; given"
                        + " alone, it finds the employee it was learned for.",
                "Het id van de deelnemer in het LMS. Samen met een personeelsnummer of e-mail leert Rendement het;"
                        + " alleen gegeven vindt het de medewerker voor wie het is geleerd.",
                "lms-88231",
                "lms-88231");
    }
}
