package nl.rendement.app.importing.formats;

import static nl.rendement.app.importing.ColumnType.BOOLEAN;
import static nl.rendement.app.importing.ColumnType.DATE;
import static nl.rendement.app.importing.ColumnType.INTEGER;
import static nl.rendement.app.importing.ColumnType.PERCENTAGE;
import static nl.rendement.app.importing.ColumnType.TEXT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.rendement.app.importing.Column;

/** Programmes and their cohorts. */
public final class ProgrammeFormats {

    public static final Column NAME = Column.required("name", "naam", TEXT);
    public static final Column TYPE = Column.required("type", "soort", TEXT);
    public static final Column DESCRIPTION = Column.optional("description", "omschrijving", TEXT);
    public static final Column SPONSOR = Column.optional("sponsor", "opdrachtgever", TEXT);
    public static final Column STATUS = Column.optional("status", "status", TEXT);
    public static final Column TARGET_POPULATION = Column.optional("target population", "doelgroep", TEXT);
    public static final Column DELIVERY_MODE = Column.required("delivery mode", "leervorm", TEXT);
    public static final Column MANDATORY = Column.optional("mandatory", "verplicht", BOOLEAN);
    public static final Column DUE_DATE = Column.optional("due date", "uiterste datum", DATE);
    public static final Column ROI_OBJECTIVE = Column.optional("roi objective", "roi-doel", PERCENTAGE);
    public static final Column TARGET_LEVEL = Column.required("target level", "doelniveau", INTEGER);
    public static final Column LMS_COURSES = Column.optional("lms course ids", "lms-cursus-id's", TEXT);

    public static final List<Choice> TYPES = List.of(
            Choice.of("onboarding", "onboarding", "onboarding"),
            Choice.of("leadership", "leadership", "leiderschap"),
            Choice.of("digital_learning", "digital learning", "digitaal leren"),
            Choice.of("sales", "sales", "verkoop"),
            Choice.of("wellbeing", "wellbeing", "welzijn"),
            Choice.of("compliance", "compliance", "compliance"),
            Choice.of("ai_literacy", "ai literacy", "ai-geletterdheid"),
            Choice.of("soft_skills", "soft skills", "soft skills"),
            Choice.of("other", "other", "anders"));

    public static final List<Choice> STATUSES = List.of(
            Choice.of("planned", "planned", "gepland"),
            Choice.of("running", "running", "lopend"),
            Choice.of("completed", "completed", "afgerond"),
            Choice.of("stopped", "stopped", "gestopt"));

    public static final List<Choice> DELIVERY_MODES = List.of(
            Choice.of("classroom", "classroom", "klassikaal"),
            Choice.of("online", "online", "online"),
            Choice.of("virtual_classroom", "virtual classroom", "virtueel klaslokaal"),
            Choice.of("blended", "blended", "blended"),
            Choice.of("on_the_job", "on the job", "op de werkplek"));

    public static final ImportFormat PROGRAMMES = ImportFormat.of(
            "programmes",
            Bilingual.of("Programmes", "Programma's"),
            Bilingual.of(
                    "The training programmes to evaluate, with their type, delivery mode, goals and the LMS courses"
                            + " that belong to them.",
                    "De opleidingsprogramma's die worden geëvalueerd, met soort, leervorm, doelen en de LMS-cursussen"
                            + " die erbij horen."),
            Identity.NONE,
            FormatColumn.text(
                    NAME,
                    "The programme's name, unique.",
                    "De naam van het programma, uniek.",
                    "Sales basics",
                    "Basis verkoop"),
            FormatColumn.coded(TYPE, "The kind of programme.", "Het soort programma.", TYPES, "sales"),
            FormatColumn.text(
                    DESCRIPTION,
                    "What the programme is and is for.",
                    "Wat het programma is en waarvoor het dient.",
                    "Two days of consultative selling",
                    "Twee dagen adviserend verkopen"),
            FormatColumn.text(
                    SPONSOR,
                    "Who commissioned the programme.",
                    "Wie het programma liet maken.",
                    "Sales director",
                    "Salesdirecteur"),
            FormatColumn.coded(
                    STATUS,
                    "Where the programme stands; blank is planned.",
                    "Hoe het programma ervoor staat; leeg is gepland.",
                    STATUSES,
                    "running"),
            FormatColumn.text(
                    TARGET_POPULATION,
                    "Who the programme is meant for.",
                    "Voor wie het programma bedoeld is.",
                    "Account managers",
                    "Accountmanagers"),
            FormatColumn.coded(
                    DELIVERY_MODE,
                    "How the programme is delivered.",
                    "Hoe het programma wordt gegeven.",
                    DELIVERY_MODES,
                    "blended"),
            FormatColumn.value(
                    MANDATORY,
                    "Whether taking part is mandatory; blank is no. A mandatory programme needs a due date.",
                    "Of deelname verplicht is; leeg is nee. Een verplicht programma heeft een uiterste datum nodig.",
                    Boolean.TRUE),
            FormatColumn.value(
                    DUE_DATE,
                    "The day by which everyone must have completed a mandatory programme.",
                    "De dag waarop iedereen een verplicht programma moet hebben afgerond.",
                    LocalDate.of(2025, 12, 19)),
            FormatColumn.value(
                    ROI_OBJECTIVE,
                    "The ROI the programme aims at, from -100% to 10000%; blank is the organisation's default.",
                    "De ROI die het programma nastreeft, van -100% tot 10000%; leeg is de standaard van de organisatie.",
                    new BigDecimal("25")),
            FormatColumn.value(
                    TARGET_LEVEL,
                    "The highest level the programme is evaluated at: 0 (inputs) to 5 (ROI).",
                    "Het hoogste niveau waarop het programma wordt geëvalueerd: 0 (inzet) tot 5 (ROI).",
                    5L),
            FormatColumn.text(
                    LMS_COURSES,
                    "The ids of the programme's courses in the LMS, separated by |; a course belongs to one programme.",
                    "De id's van de cursussen van het programma in het LMS, gescheiden door |; een cursus hoort bij één"
                            + " programma.",
                    "SB-101|SB-102",
                    "SB-101|SB-102"));

    public static final Column PROGRAMME = Column.required("programme", "programma", TEXT);
    public static final Column COHORT_NAME = Column.required("name", "naam", TEXT);
    public static final Column START_DATE = Column.required("start date", "startdatum", DATE);
    public static final Column END_DATE = Column.required("end date", "einddatum", DATE);
    public static final Column COHORT_DELIVERY_MODE = Column.optional("delivery mode", "leervorm", TEXT);
    public static final Column LOCATION = Column.optional("location", "locatie", TEXT);
    public static final Column LANGUAGE = Column.required("language", "taal", TEXT);

    public static final List<Choice> LANGUAGES =
            List.of(Choice.of("nl", "Dutch", "Nederlands"), Choice.of("en", "English", "Engels"));

    public static final ImportFormat COHORTS = ImportFormat.of(
            "cohorts",
            Bilingual.of("Cohorts", "Groepen"),
            Bilingual.of(
                    "The runs of a programme: a group of participants with its own dates, place and language.",
                    "De uitvoeringen van een programma: een groep deelnemers met eigen data, plaats en taal."),
            Identity.NONE,
            FormatColumn.text(
                    PROGRAMME,
                    "The programme's name, as in Rendement.",
                    "De naam van het programma, zoals in Rendement.",
                    "Sales basics",
                    "Basis verkoop"),
            FormatColumn.text(
                    COHORT_NAME,
                    "The cohort's name, unique within its programme.",
                    "De naam van de groep, uniek binnen het programma.",
                    "Spring 2025",
                    "Voorjaar 2025"),
            FormatColumn.value(
                    START_DATE, "The cohort's first day.", "De eerste dag van de groep.", LocalDate.of(2025, 3, 17)),
            FormatColumn.value(
                    END_DATE,
                    "The cohort's last day; not before the first.",
                    "De laatste dag van de groep; niet voor de eerste.",
                    LocalDate.of(2025, 4, 18)),
            FormatColumn.coded(
                    COHORT_DELIVERY_MODE,
                    "How this cohort is delivered; blank is the programme's delivery mode.",
                    "Hoe deze groep het programma krijgt; leeg is de leervorm van het programma.",
                    DELIVERY_MODES,
                    "classroom"),
            FormatColumn.text(LOCATION, "Where the cohort meets.", "Waar de groep samenkomt.", "Utrecht", "Utrecht"),
            FormatColumn.coded(
                    LANGUAGE,
                    "The language the cohort is taught in.",
                    "De taal waarin de groep les krijgt.",
                    LANGUAGES,
                    "nl"));

    private ProgrammeFormats() {}
}
