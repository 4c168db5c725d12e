package nl.rendement.app.importing.formats;

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

/** Business results: KPI definitions and observations, and engagement and happiness per team. */
public final class KpiFormats {

    public static final Column CODE = Column.required("code", "code", TEXT);
    public static final Column NAME = Column.required("name", "naam", TEXT);
    public static final Column UNIT = Column.required("unit", "eenheid", TEXT);
    public static final Column DIRECTION = Column.required("direction", "richting", TEXT);
    public static final Column AGGREGATION = Column.required("aggregation", "aggregatie", TEXT);
    public static final Column PERIOD = Column.required("period", "periode", TEXT);
    public static final Column THRESHOLD = Column.optional("threshold share", "drempelaandeel", PERCENTAGE);
    public static final Column DESCRIPTION = Column.optional("description", "omschrijving", TEXT);
    public static final Column PROGRAMME_TYPES = Column.optional("programme types", "programmasoorten", TEXT);
    public static final Column VALUE_PER_UNIT = Column.optional("value per unit", "waarde per eenheid", DECIMAL);
    public static final Column VALUE_CURRENCY = Column.optional("value currency", "valuta waarde", TEXT);
    public static final Column VALUE_TECHNIQUE = Column.optional("value technique", "waarderingsmethode", TEXT);
    public static final Column VALUE_SOURCE = Column.optional("value source", "bron waarde", TEXT);
    public static final Column VALUE_YEAR = Column.optional("value year", "jaar waarde", INTEGER);
    public static final Column VALUE_EVIDENCE = Column.optional("value evidence", "onderbouwing waarde", TEXT);

    /** The separator of programme types in one cell. */
    public static final String TYPE_SEPARATOR = "|";

    /** As the engine's conversion {@code Technique}, without the estimate (its confidence belongs to a plan). */
    public static final List<Choice> TECHNIQUES = List.of(
            Choice.of("output_as_contribution", "output as contribution", "output als bijdrage"),
            Choice.of("cost_of_quality", "cost of quality", "kosten van kwaliteit"),
            Choice.of("employee_time", "employee time", "tijd van medewerkers"),
            Choice.of("historical_cost", "historical cost", "historische kosten"),
            Choice.of("expert", "expert", "expert"),
            Choice.of("external_study", "external study", "extern onderzoek"),
            Choice.of("linked_measure", "linked measure", "gekoppelde maatstaf"));

    /** As the engine's {@code Direction}. */
    public static final List<Choice> DIRECTIONS = List.of(
            Choice.of("higher_is_better", "higher is better", "hoger is beter"),
            Choice.of("lower_is_better", "lower is better", "lager is beter"));

    /** As the engine's {@code Aggregation}. */
    public static final List<Choice> AGGREGATIONS = List.of(
            Choice.of("sum", "sum", "som"),
            Choice.of("weighted_mean", "weighted mean", "gewogen gemiddelde"),
            Choice.of("ratio_of_sums", "ratio of sums", "verhouding van sommen"),
            Choice.of("time_to_threshold", "time to threshold", "tijd tot drempel"));

    /** As the engine's {@code PeriodLength}. */
    public static final List<Choice> PERIODS = List.of(
            Choice.of("day", "day", "dag"),
            Choice.of("week", "week", "week"),
            Choice.of("month", "month", "maand"),
            Choice.of("quarter", "quarter", "kwartaal"),
            Choice.of("year", "year", "jaar"));

    public static final ImportFormat KPI_DEFINITIONS = ImportFormat.of(
            "kpi-definitions",
            Bilingual.of("KPI definitions", "KPI-definities"),
            Bilingual.of(
                    "The business measures programmes aim to move: unit, which way is better, how values add up and the"
                            + " period they are observed in.",
                    "De bedrijfsmaatstaven die programma's willen verbeteren: eenheid, welke kant beter is, hoe waarden"
                            + " optellen en de periode waarin ze worden gemeten."),
            Identity.NONE,
            FormatColumn.text(
                    CODE,
                    "The KPI's code, unique; observations refer to it.",
                    "De code van de KPI, uniek; metingen verwijzen ernaar.",
                    "conversion",
                    "conversie"),
            FormatColumn.text(NAME, "The KPI's name.", "De naam van de KPI.", "Quote conversion", "Offerteconversie"),
            FormatColumn.text(
                    UNIT,
                    "What one unit of the KPI is.",
                    "Wat één eenheid van de KPI is.",
                    "% of quotes",
                    "% van offertes"),
            FormatColumn.coded(
                    DIRECTION,
                    "Which way the KPI improves.",
                    "Welke kant de KPI op verbetert.",
                    DIRECTIONS,
                    "higher_is_better"),
            FormatColumn.coded(
                    AGGREGATION,
                    "How observations make one figure for a group: a ratio of sums divides the summed values by the"
                            + " summed weights (never a mean of ratios).",
                    "Hoe metingen één cijfer voor een groep vormen: een verhouding van sommen deelt de opgetelde"
                            + " waarden door de opgetelde gewichten (nooit een gemiddelde van verhoudingen).",
                    AGGREGATIONS,
                    "ratio_of_sums"),
            FormatColumn.coded(
                    PERIOD,
                    "The period the KPI is observed in.",
                    "De periode waarin de KPI wordt gemeten.",
                    PERIODS,
                    "month"),
            FormatColumn.value(
                            THRESHOLD,
                            "Time to threshold only: the share of the tenured median a person must first reach.",
                            "Alleen bij tijd tot drempel: het deel van de mediaan van ervaren medewerkers dat iemand eerst moet"
                                    + " halen.",
                            new BigDecimal("80"))
                    .blankInExampleRow(),
            FormatColumn.text(
                    DESCRIPTION,
                    "Where the KPI comes from and how it is measured.",
                    "Waar de KPI vandaan komt en hoe die wordt gemeten.",
                    "Accepted quotes / quotes sent, from the CRM",
                    "Geaccepteerde offertes / verstuurde offertes, uit het CRM"),
            FormatColumn.text(
                    PROGRAMME_TYPES,
                    "The programme types whose results the KPI shows, separated by |: the KPI library by programme"
                            + " type.",
                    "De programmasoorten waarvan de KPI de resultaten laat zien, gescheiden door |: de KPI-bibliotheek"
                            + " per programmasoort.",
                    "sales|soft skills",
                    "verkoop|soft skills"),
            FormatColumn.value(
                    VALUE_PER_UNIT,
                    "The default value of one unit of the KPI for one person (or team) and one period, at least 0;"
                            + " with its technique, source and year.",
                    "De standaardwaarde van één eenheid van de KPI voor één persoon (of team) en één periode, minstens"
                            + " 0; met methode, bron en jaar.",
                    new BigDecimal("450")),
            FormatColumn.text(
                    VALUE_CURRENCY,
                    "The value's currency as an ISO code; blank is the organisation's currency.",
                    "De valuta van de waarde als ISO-code; leeg is de valuta van de organisatie.",
                    "EUR",
                    "EUR"),
            FormatColumn.coded(
                    VALUE_TECHNIQUE,
                    "How the value was found (Phillips' techniques; an estimate belongs in a plan, with its"
                            + " confidence).",
                    "Hoe de waarde is bepaald (de methoden van Phillips; een schatting hoort in een plan, met de"
                            + " zekerheid ervan).",
                    TECHNIQUES,
                    "output_as_contribution"),
            FormatColumn.text(
                    VALUE_SOURCE,
                    "Where the value comes from.",
                    "Waar de waarde vandaan komt.",
                    "Contribution margin of a won quote, finance 2025",
                    "Bijdragemarge van een gewonnen offerte, financi\u00ebn 2025"),
            FormatColumn.value(VALUE_YEAR, "The year the value is of.", "Het jaar waarvan de waarde is.", 2025L),
            FormatColumn.text(
                    VALUE_EVIDENCE,
                    "What the value rests on; for employee time, what the saved time goes to (the engine asks"
                            + " for it).",
                    "Waar de waarde op rust; bij tijd van medewerkers waar de bespaarde tijd naartoe gaat (de"
                            + " rekenkern vraagt erom).",
                    "Margins 2023-2025 from the ledger",
                    "Marges 2023-2025 uit de grootboekadministratie"));

    public static final Column KPI = Column.required("kpi", "kpi", TEXT);
    public static final Column TEAM = Column.optional("team", "team", TEXT);
    public static final Column PERIOD_START = Column.required("period start", "begin periode", DATE);
    public static final Column VALUE = Column.required("value", "waarde", DECIMAL);
    public static final Column WEIGHT = Column.optional("weight", "gewicht", DECIMAL);

    public static final ImportFormat KPI_OBSERVATIONS = ImportFormat.of(
            "kpi-observations",
            Bilingual.of("KPI observations", "KPI-metingen"),
            Bilingual.of(
                    "The values of a KPI per person or team and period; a ratio as its numerator (value) and"
                            + " denominator (weight).",
                    "De waarden van een KPI per persoon of team en periode; een verhouding als teller (waarde) en"
                            + " noemer (gewicht)."),
            Identity.anyOf(EMPLOYEE_NUMBER, EMAIL, TEAM),
            FormatColumn.text(KPI, "The KPI's code.", "De code van de KPI.", "conversion", "conversie"),
            PersonColumns.employeeNumber(),
            PersonColumns.email(),
            FormatColumn.text(
                            TEAM,
                            "The org unit code of the team, for a team's value; leave the person's columns blank.",
                            "De code van de organisatie-eenheid van het team, voor een waarde van een team; laat de"
                                    + " persoonskolommen leeg.",
                            "SALES-NL",
                            "VERKOOP-NL")
                    .blankInExampleRow(),
            FormatColumn.value(
                    PERIOD_START,
                    "The first day of the KPI's period: any day, a Monday, the 1st of a month, the first day of a"
                            + " quarter or 1 January.",
                    "De eerste dag van de periode van de KPI: elke dag, een maandag, de 1e van een maand, de eerste"
                            + " dag van een kwartaal of 1 januari.",
                    LocalDate.of(2025, 5, 1)),
            FormatColumn.value(
                    VALUE,
                    "The value; for a ratio, its numerator.",
                    "De waarde; bij een verhouding de teller.",
                    new BigDecimal("14")),
            FormatColumn.value(
                    WEIGHT,
                    "For a ratio of sums its denominator (more than 0), for a weighted mean the weight (at least"
                            + " 0); a sum needs none.",
                    "Bij een verhouding van sommen de noemer (meer dan 0), bij een gewogen gemiddelde het gewicht"
                            + " (minstens 0); een som heeft er geen nodig.",
                    new BigDecimal("40")));

    public static final Column ENGAGEMENT_TEAM = Column.required("team", "team", TEXT);
    public static final Column ENGAGEMENT_PERIOD = Column.required("period", "periode", TEXT);
    public static final Column ENGAGEMENT = Column.optional("engagement", "betrokkenheid", DECIMAL);
    public static final Column HAPPINESS = Column.optional("happiness", "werkgeluk", DECIMAL);
    public static final Column SCALE = Column.required("scale maximum", "schaalmaximum", DECIMAL);
    public static final Column RESPONDENTS = Column.required("respondents", "respondenten", INTEGER);

    public static final ImportFormat ENGAGEMENT_SCORES = ImportFormat.of(
            "engagement",
            Bilingual.of("Engagement and happiness", "Betrokkenheid en werkgeluk"),
            Bilingual.of(
                    "Engagement and happiness scores per team and period from an employee survey, side by side, with"
                            + " the number of respondents.",
                    "Scores voor betrokkenheid en werkgeluk per team en periode uit een medewerkersonderzoek, naast"
                            + " elkaar, met het aantal respondenten."),
            Identity.NONE,
            FormatColumn.text(
                    ENGAGEMENT_TEAM,
                    "The org unit code of the team.",
                    "De code van de organisatie-eenheid van het team.",
                    "SALES-NL",
                    "VERKOOP-NL"),
            FormatColumn.value(
                    PERIOD_START,
                    "The first day of the period.",
                    "De eerste dag van de periode.",
                    LocalDate.of(2025, 4, 1)),
            FormatColumn.coded(
                    ENGAGEMENT_PERIOD, "How long the period is.", "Hoe lang de periode is.", PERIODS, "quarter"),
            FormatColumn.value(
                    ENGAGEMENT,
                    "The team's engagement score.",
                    "De betrokkenheidsscore van het team.",
                    new BigDecimal("7.4")),
            FormatColumn.value(
                    HAPPINESS,
                    "The team's happiness score.",
                    "De werkgeluksscore van het team.",
                    new BigDecimal("6.8")),
            FormatColumn.value(
                    SCALE,
                    "The highest score possible, such as 10 or 100.",
                    "De hoogst mogelijke score, zoals 10 of 100.",
                    new BigDecimal("10")),
            FormatColumn.value(
                    RESPONDENTS,
                    "How many answered (n); scores of fewer than the minimum group size are not shown.",
                    "Hoeveel er antwoordden (n); scores van minder dan de minimale groepsgrootte worden niet getoond.",
                    12L));

    private KpiFormats() {}
}
