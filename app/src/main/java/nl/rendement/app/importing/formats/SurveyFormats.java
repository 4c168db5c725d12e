package nl.rendement.app.importing.formats;

import static nl.rendement.app.importing.ColumnType.BOOLEAN;
import static nl.rendement.app.importing.ColumnType.DATE;
import static nl.rendement.app.importing.ColumnType.DECIMAL;
import static nl.rendement.app.importing.ColumnType.INTEGER;
import static nl.rendement.app.importing.ColumnType.PERCENTAGE;
import static nl.rendement.app.importing.ColumnType.TEXT;
import static nl.rendement.app.importing.formats.PersonColumns.EMAIL;
import static nl.rendement.app.importing.formats.PersonColumns.EMPLOYEE_NUMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.rendement.app.importing.Column;

/**
 * Survey responses (levels 1 and 3 and impact estimates). A response may take several rows, one
 * per rating item, sharing its response id; its other answers are given once.
 */
public final class SurveyFormats {

    public static final Column RESPONSE = Column.required("response id", "respons-id", TEXT);
    public static final Column ANONYMOUS = Column.optional("anonymous", "anoniem", BOOLEAN);
    public static final Column PROGRAMME = ProgrammeFormats.PROGRAMME;
    public static final Column COHORT = LearningFormats.COHORT;
    public static final Column LEVEL = Column.required("level", "niveau", INTEGER);
    public static final Column ANSWERED = Column.optional("answered on", "ingevuld op", DATE);
    public static final Column ITEM = Column.optional("item", "vraag", TEXT);
    public static final Column RATING = Column.optional("rating", "waardering", INTEGER);
    public static final Column RECOMMEND = Column.optional("recommend", "aanbevelen", INTEGER);
    public static final Column COMMENT = Column.optional("comment", "opmerking", TEXT);
    public static final Column APPLYING = Column.optional("applying", "past toe", BOOLEAN);
    public static final Column FREQUENCY = Column.optional("frequency", "frequentie", TEXT);
    public static final Column BARRIERS = Column.optional("barriers", "belemmeringen", TEXT);
    public static final Column ENABLERS = Column.optional("enablers", "bevorderaars", TEXT);
    public static final Column ROLE = Column.optional("role", "rol", TEXT);
    public static final Column KPI = Column.optional("kpi", "kpi", TEXT);
    public static final Column IMPROVEMENT = Column.optional("improvement", "verbetering", DECIMAL);
    public static final Column ATTRIBUTION = Column.optional("attribution", "toeschrijving", PERCENTAGE);
    public static final Column CONFIDENCE = Column.optional("confidence", "zekerheid", PERCENTAGE);
    public static final Column BASIS = Column.optional("basis", "onderbouwing", TEXT);

    /** Who answered, as the engine's estimate sources. */
    public static final List<Choice> ROLES = List.of(
            Choice.of("participant", "participant", "deelnemer"),
            Choice.of("manager", "manager", "leidinggevende"),
            Choice.of("senior_management", "senior management", "hoger management"),
            Choice.of("expert", "expert", "expert"));

    public static final ImportFormat SURVEY_RESPONSES = ImportFormat.of(
            "survey-responses",
            Bilingual.of("Survey responses", "Enquêteantwoorden"),
            Bilingual.of(
                    "Answers to reaction (level 1) and application (level 3) surveys, the 0-10 recommend question,"
                            + " comments, and estimates of the programme's share in an improvement. A response may take"
                            + " several rows, one per rating item, with the same response id.",
                    "Antwoorden op reactie- (niveau 1) en toepassingsenquêtes (niveau 3), de aanbevelingsvraag (0-10),"
                            + " opmerkingen, en schattingen van het aandeel van het programma in een verbetering. Een"
                            + " respons kan meerdere rijen beslaan, één per beoordeelde vraag, met hetzelfde respons-id."),
            Identity.anyOf(EMPLOYEE_NUMBER, EMAIL).unless(ANONYMOUS),
            FormatColumn.text(
                    RESPONSE,
                    "The response's id in the survey tool; rows with the same id are one response.",
                    "Het id van de respons in de enquêtetool; rijen met hetzelfde id zijn één respons.",
                    "R-1042",
                    "R-1042"),
            PersonColumns.employeeNumber(),
            PersonColumns.email(),
            FormatColumn.value(
                    ANONYMOUS,
                    "Yes when the response was promised anonymity: it is linked to programme and cohort only, and its"
                            + " employee number and email are never stored. Blank is no.",
                    "Ja als de respons anonimiteit is beloofd: die wordt alleen aan programma en groep gekoppeld, en"
                            + " personeelsnummer en e-mail worden nooit opgeslagen. Leeg is nee.",
                    Boolean.FALSE),
            FormatColumn.text(
                    PROGRAMME,
                    "The programme's name, as in Rendement.",
                    "De naam van het programma, zoals in Rendement.",
                    "Sales basics",
                    "Basis verkoop"),
            FormatColumn.text(COHORT, "The cohort's name.", "De naam van de groep.", "Spring 2025", "Voorjaar 2025"),
            FormatColumn.value(
                    LEVEL,
                    "1 for a reaction survey, 3 for an application survey.",
                    "1 voor een reactie-enquête, 3 voor een toepassingsenquête.",
                    3L),
            FormatColumn.value(
                    ANSWERED,
                    "The day the response was given.",
                    "De dag dat de respons werd gegeven.",
                    LocalDate.of(2025, 4, 18)),
            FormatColumn.text(
                    ITEM,
                    "The rating item this row answers, named the same in every response.",
                    "De beoordeelde vraag die deze rij beantwoordt, in elke respons even genoemd.",
                    "Relevance to my job",
                    "Relevantie voor mijn werk"),
            FormatColumn.value(RATING, "The answer to the item, 1 to 5.", "Het antwoord op de vraag, 1 tot 5.", 4L),
            FormatColumn.value(
                    RECOMMEND,
                    "How likely the respondent is to recommend the programme, 0 to 10.",
                    "Hoe waarschijnlijk het is dat de respondent het programma aanbeveelt, 0 tot 10.",
                    9L),
            FormatColumn.text(
                    COMMENT,
                    "A free-text comment.",
                    "Een opmerking in vrije tekst.",
                    "Practical and to the point",
                    "Praktisch en to the point"),
            FormatColumn.value(
                    APPLYING,
                    "Level 3: whether the respondent applies what was learned.",
                    "Niveau 3: of de respondent het geleerde toepast.",
                    Boolean.TRUE),
            FormatColumn.text(
                    FREQUENCY,
                    "Level 3: how often, as a category of the survey's frequency scale.",
                    "Niveau 3: hoe vaak, als categorie van de frequentieschaal van de enquête.",
                    "weekly",
                    "wekelijks"),
            FormatColumn.text(
                    BARRIERS,
                    "Level 3: the barriers cited, separated by |.",
                    "Niveau 3: de genoemde belemmeringen, gescheiden door |.",
                    "no time|no tools",
                    "geen tijd|geen middelen"),
            FormatColumn.text(
                    ENABLERS,
                    "Level 3: the enablers cited, separated by |.",
                    "Niveau 3: de genoemde bevorderaars, gescheiden door |.",
                    "manager support",
                    "steun leidinggevende"),
            FormatColumn.coded(
                    ROLE,
                    "Who gives the estimate; blank is participant.",
                    "Wie de schatting geeft; leeg is deelnemer.",
                    ROLES,
                    "participant"),
            FormatColumn.text(
                    KPI,
                    "The code of the KPI the estimate is about.",
                    "De code van de KPI waarover de schatting gaat.",
                    "conversion",
                    "conversie"),
            FormatColumn.value(
                    IMPROVEMENT,
                    "The improvement seen in the KPI, in its unit per period, positive when better.",
                    "De verbetering in de KPI, in haar eenheid per periode, positief als die beter is.",
                    new BigDecimal("2.5")),
            FormatColumn.value(
                    ATTRIBUTION,
                    "The share of the improvement due to the programme, 0 to 100%.",
                    "Het deel van de verbetering dat aan het programma te danken is, 0 tot 100%.",
                    new BigDecimal("40")),
            FormatColumn.value(
                    CONFIDENCE,
                    "How sure the respondent is of that share, 0 to 100%.",
                    "Hoe zeker de respondent is van dat deel, 0 tot 100%.",
                    new BigDecimal("70")),
            FormatColumn.text(
                    BASIS,
                    "What the estimate rests on; an estimate without a basis is not counted.",
                    "Waarop de schatting berust; een schatting zonder onderbouwing telt niet mee.",
                    "More proposals accepted since March",
                    "Meer offertes geaccepteerd sinds maart"));

    private SurveyFormats() {}
}
