package nl.rendement.app.importing.formats;

import static nl.rendement.app.importing.ColumnType.DATE;
import static nl.rendement.app.importing.ColumnType.DECIMAL;
import static nl.rendement.app.importing.ColumnType.PERCENTAGE;
import static nl.rendement.app.importing.ColumnType.TEXT;
import static nl.rendement.app.importing.formats.PersonColumns.EMAIL;
import static nl.rendement.app.importing.formats.PersonColumns.EMPLOYEE_NUMBER;
import static nl.rendement.app.importing.formats.PersonColumns.LEARNER_ID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.rendement.app.importing.Column;

/** What learners did and learned: LMS enrolments and completions, and pre and post assessments. */
public final class LearningFormats {

    public static final Column COURSE_ID = Column.required("course id", "cursus-id", TEXT);
    public static final Column COHORT = Column.optional("cohort", "groep", TEXT);
    public static final Column STATUS = Column.required("status", "status", TEXT);
    public static final Column PROGRESS = Column.optional("progress", "voortgang", PERCENTAGE);
    public static final Column HOURS = Column.optional("hours spent", "bestede uren", DECIMAL);
    public static final Column SCORE = Column.optional("score", "score", DECIMAL);
    public static final Column ENROLLED = Column.required("enrolled on", "ingeschreven op", DATE);
    public static final Column STARTED = Column.optional("started on", "gestart op", DATE);
    public static final Column COMPLETED = Column.optional("completed on", "afgerond op", DATE);

    public static final List<Choice> STATUSES = List.of(
            Choice.of("enrolled", "enrolled", "ingeschreven"),
            Choice.of("started", "started", "gestart"),
            Choice.of("completed", "completed", "afgerond"),
            Choice.of("withdrawn", "withdrawn", "afgemeld"),
            Choice.of("no_show", "no show", "niet verschenen"));

    public static final ImportFormat ENROLMENTS = ImportFormat.of(
            "enrolments",
            Bilingual.of("Enrolments and completions", "Inschrijvingen en afronding"),
            Bilingual.of(
                    "An LMS export: who enrolled in which course, how far they got, the time they spent and when they"
                            + " started and completed. The course id finds the programme.",
                    "Een LMS-export: wie zich inschreef voor welke cursus, hoe ver die kwam, de bestede tijd en wanneer"
                            + " die begon en afrondde. Het cursus-id wijst het programma aan."),
            Identity.anyOf(LEARNER_ID, EMAIL, EMPLOYEE_NUMBER),
            PersonColumns.learnerId(),
            PersonColumns.email(),
            PersonColumns.employeeNumber(),
            FormatColumn.text(
                    COURSE_ID,
                    "The course's id in the LMS, as listed with its programme.",
                    "Het id van de cursus in het LMS, zoals vermeld bij het programma.",
                    "SB-101",
                    "SB-101"),
            FormatColumn.text(
                    COHORT,
                    "The cohort's name; needed when the programme has more than one cohort.",
                    "De naam van de groep; nodig als het programma meer dan één groep heeft.",
                    "Spring 2025",
                    "Voorjaar 2025"),
            FormatColumn.coded(
                    STATUS,
                    "Where the learner stands; started needs a start date, completed a completion date.",
                    "Hoe de deelnemer ervoor staat; gestart vraagt een begindatum, afgerond een datum van afronding.",
                    STATUSES,
                    "completed"),
            FormatColumn.value(
                    PROGRESS,
                    "How much of the course is done, 0 to 100%.",
                    "Hoeveel van de cursus af is, 0 tot 100%.",
                    new BigDecimal("100")),
            FormatColumn.value(
                    HOURS,
                    "Learning hours spent in the course, 0 to 99999.99, kept to hundredths.",
                    "Aan de cursus bestede leeruren, 0 tot 99999,99, bewaard tot op honderdsten.",
                    new BigDecimal("6.5")),
            FormatColumn.value(
                    SCORE,
                    "The course's final score as the LMS gives it, 0 or more, kept to hundredths.",
                    "De eindscore van de cursus zoals het LMS die geeft, 0 of meer, bewaard tot op honderdsten.",
                    new BigDecimal("82.5")),
            FormatColumn.value(
                    ENROLLED, "The day the learner enrolled.", "De dag van inschrijving.", LocalDate.of(2025, 2, 24)),
            FormatColumn.value(
                    STARTED,
                    "The day the learner started, for started, completed or withdrawn; not before enrolling.",
                    "De dag dat de deelnemer begon, bij gestart, afgerond of afgemeld; niet voor de inschrijving.",
                    LocalDate.of(2025, 3, 17)),
            FormatColumn.value(
                    COMPLETED,
                    "The day the learner completed; filled exactly when the status is completed.",
                    "De dag dat de deelnemer afrondde; alleen en altijd ingevuld bij status afgerond.",
                    LocalDate.of(2025, 4, 18)));

    public static final Column PROGRAMME = ProgrammeFormats.PROGRAMME;
    public static final Column SKILL = Column.required("skill", "vaardigheid", TEXT);
    public static final Column PRE = Column.optional("pre", "voor", DECIMAL);
    public static final Column POST = Column.optional("post", "na", DECIMAL);
    public static final Column MAXIMUM = Column.required("maximum", "maximum", DECIMAL);
    public static final Column PASS_MARK = Column.optional("pass mark", "cesuur", DECIMAL);
    public static final Column PRE_DATE = Column.optional("pre date", "datum voor", DATE);
    public static final Column POST_DATE = Column.optional("post date", "datum na", DATE);

    public static final ImportFormat ASSESSMENTS = ImportFormat.of(
            "assessments",
            Bilingual.of("Assessments", "Toetsen"),
            Bilingual.of(
                    "Scores on a knowledge or skill test before and after the programme (level 2), per person and skill.",
                    "Scores op een kennis- of vaardigheidstoets voor en na het programma (niveau 2), per persoon en"
                            + " vaardigheid."),
            Identity.anyOf(EMPLOYEE_NUMBER, EMAIL),
            PersonColumns.employeeNumber(),
            PersonColumns.email(),
            FormatColumn.text(
                    PROGRAMME,
                    "The programme's name, as in Rendement.",
                    "De naam van het programma, zoals in Rendement.",
                    "Sales basics",
                    "Basis verkoop"),
            FormatColumn.text(
                    SKILL,
                    "The skill or test, named the same in every row about it.",
                    "De vaardigheid of toets, in elke rij erover even genoemd.",
                    "Needs analysis",
                    "Behoefteanalyse"),
            FormatColumn.value(
                    PRE,
                    "The score before the programme, 0 to the maximum; a row gives pre, post or both.",
                    "De score voor het programma, 0 tot het maximum; een rij geeft voor, na of beide.",
                    new BigDecimal("12")),
            FormatColumn.value(
                    POST,
                    "The score after the programme, 0 to the maximum.",
                    "De score na het programma, 0 tot het maximum.",
                    new BigDecimal("17.5")),
            FormatColumn.value(
                    MAXIMUM,
                    "The highest score the test allows, above 0 and at most 1000000.",
                    "De hoogst mogelijke score op de toets, boven 0 en hoogstens 1000000.",
                    new BigDecimal("20")),
            FormatColumn.value(
                    PASS_MARK,
                    "The score at or above which a person passes, 0 to the maximum.",
                    "De score vanaf waar iemand slaagt, 0 tot het maximum.",
                    new BigDecimal("14")),
            FormatColumn.value(
                    PRE_DATE, "The day of the test before.", "De dag van de toets vooraf.", LocalDate.of(2025, 3, 17)),
            FormatColumn.value(
                    POST_DATE,
                    "The day of the test after; not before the test before.",
                    "De dag van de toets achteraf; niet voor de toets vooraf.",
                    LocalDate.of(2025, 5, 19)));

    private LearningFormats() {}
}
