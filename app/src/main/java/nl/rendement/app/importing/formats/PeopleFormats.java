package nl.rendement.app.importing.formats;

import static nl.rendement.app.importing.ColumnType.DATE;
import static nl.rendement.app.importing.ColumnType.DECIMAL;
import static nl.rendement.app.importing.ColumnType.TEXT;
import static nl.rendement.app.importing.formats.PersonColumns.EMAIL;
import static nl.rendement.app.importing.formats.PersonColumns.EMPLOYEE_NUMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.rendement.app.importing.Column;

/** The organisation and its people: org units, HR snapshots and leavers. */
public final class PeopleFormats {

    public static final Column UNIT_CODE = Column.required("code", "code", TEXT);
    public static final Column UNIT_NAME = Column.required("name", "naam", TEXT);
    public static final Column UNIT_KIND = Column.required("kind", "soort", TEXT);
    public static final Column PARENT = Column.optional("parent code", "code bovenliggend", TEXT);
    public static final Column VALID_FROM = Column.required("valid from", "geldig vanaf", DATE);
    public static final Column VALID_TO = Column.optional("valid to", "geldig tot", DATE);

    public static final List<Choice> UNIT_KINDS = List.of(
            Choice.of("organisation", "organisation", "organisatie"),
            Choice.of("division", "division", "divisie"),
            Choice.of("department", "department", "afdeling"),
            Choice.of("team", "team", "team"));

    public static final ImportFormat ORG_UNITS = ImportFormat.of(
            "org-units",
            Bilingual.of("Org units", "Organisatie-eenheden"),
            Bilingual.of(
                    "The organisation's divisions, departments and teams, in a hierarchy, each with the period it exists.",
                    "De divisies, afdelingen en teams van de organisatie, als hiërarchie, elk met de periode dat ze"
                            + " bestaan."),
            Identity.NONE,
            FormatColumn.text(
                    UNIT_CODE,
                    "The unit's code, unique in the organisation; HR snapshots and KPI files refer to it.",
                    "De code van de eenheid, uniek in de organisatie; HR-momentopnames en KPI-bestanden verwijzen"
                            + " ernaar.",
                    "SALES-NL",
                    "VERKOOP-NL"),
            FormatColumn.text(
                    UNIT_NAME, "The unit's name.", "De naam van de eenheid.", "Sales Netherlands", "Verkoop Nederland"),
            FormatColumn.coded(
                    UNIT_KIND, "What level the unit is.", "Welk niveau de eenheid is.", UNIT_KINDS, "department"),
            FormatColumn.text(
                    PARENT,
                    "The code of the unit it belongs to; blank for the top of the organisation.",
                    "De code van de eenheid waar deze onder valt; leeg voor de top van de organisatie.",
                    "SALES",
                    "VERKOOP"),
            FormatColumn.value(
                    VALID_FROM,
                    "The first day the unit exists.",
                    "De eerste dag dat de eenheid bestaat.",
                    LocalDate.of(2021, 1, 15)),
            FormatColumn.value(
                    VALID_TO,
                    "The first day the unit no longer exists; blank while it exists.",
                    "De eerste dag dat de eenheid niet meer bestaat; leeg zolang ze bestaat.",
                    LocalDate.of(2026, 12, 31)));

    public static final Column SNAPSHOT_DATE = Column.optional("snapshot date", "peildatum", DATE);
    public static final Column HIRE_DATE = Column.required("hire date", "datum in dienst", DATE);
    public static final Column UNIT = Column.required("org unit", "organisatie-eenheid", TEXT);
    public static final Column JOB_GROUP = Column.required("job group", "functiegroep", TEXT);
    public static final Column MANAGER = Column.optional("manager", "leidinggevende", TEXT);
    public static final Column SALARY = Column.required("annual salary", "jaarsalaris", DECIMAL);
    public static final Column CURRENCY = Column.optional("currency", "valuta", TEXT);
    public static final Column FTE = Column.required("fte", "fte", DECIMAL);
    public static final Column CONTRACT_HOURS = Column.required("contract hours", "contracturen", DECIMAL);

    public static final ImportFormat HR_SNAPSHOT = ImportFormat.of(
            "hr-snapshot",
            Bilingual.of("HR snapshot", "HR-momentopname"),
            Bilingual.of(
                    "Every employee as the HR system knows them on one day: unit, job group, manager, salary and hours."
                            + " A later snapshot adds history; an employee missing from a full snapshot is reported as a"
                            + " possible leaver, never deleted.",
                    "Alle medewerkers zoals het HR-systeem ze op een dag kent: eenheid, functiegroep, leidinggevende,"
                            + " salaris en uren. Een latere momentopname voegt geschiedenis toe; een medewerker die in een"
                            + " volledige momentopname ontbreekt, wordt gemeld als mogelijk vertrokken, nooit verwijderd."),
            Identity.anyOf(EMPLOYEE_NUMBER, EMAIL),
            PersonColumns.employeeNumber(),
            PersonColumns.email(),
            FormatColumn.value(
                    SNAPSHOT_DATE,
                    "The day the snapshot describes, the same in every row; when the file lacks it, it is given on upload.",
                    "De dag die de momentopname beschrijft, in elke rij dezelfde; ontbreekt de kolom, dan wordt de"
                            + " datum bij het uploaden opgegeven.",
                    LocalDate.of(2025, 3, 31)),
            FormatColumn.value(
                    HIRE_DATE,
                    "The day the employee joined.",
                    "De dag dat de medewerker in dienst kwam.",
                    LocalDate.of(2019, 9, 16)),
            FormatColumn.text(
                    UNIT,
                    "The code of the employee's org unit.",
                    "De code van de organisatie-eenheid van de medewerker.",
                    "SALES-NL",
                    "VERKOOP-NL"),
            FormatColumn.text(
                    JOB_GROUP,
                    "The job group or function family, as HR names it.",
                    "De functiegroep of functiefamilie, zoals HR die noemt.",
                    "Account manager",
                    "Accountmanager"),
            FormatColumn.text(
                    MANAGER,
                    "The manager's employee number or email.",
                    "Het personeelsnummer of e-mailadres van de leidinggevende.",
                    "003120",
                    "003120"),
            FormatColumn.value(
                    SALARY,
                    "Gross annual salary, without employer costs.",
                    "Bruto jaarsalaris, zonder werkgeverslasten.",
                    new BigDecimal("54000.50")),
            FormatColumn.text(
                    CURRENCY,
                    "The salary's currency as an ISO code; blank is the organisation's currency.",
                    "De valuta van het salaris als ISO-code; leeg is de valuta van de organisatie.",
                    "EUR",
                    "EUR"),
            FormatColumn.value(
                    FTE,
                    "Full-time equivalent, above 0 and at most 1.5.",
                    "Voltijdsfactor, boven 0 en hoogstens 1,5.",
                    new BigDecimal("0.8")),
            FormatColumn.value(
                    CONTRACT_HOURS,
                    "Contract hours a week, above 0 and at most 80.",
                    "Contracturen per week, boven 0 en hoogstens 80.",
                    new BigDecimal("32.5")));

    public static final Column EXIT_DATE = Column.required("exit date", "uitdienstdatum", DATE);
    public static final Column REASON = Column.required("reason", "reden", TEXT);

    public static final List<Choice> EXIT_REASONS = List.of(
            Choice.of("voluntary", "voluntary", "vrijwillig"),
            Choice.of("involuntary", "involuntary", "onvrijwillig"),
            Choice.of("retirement", "retirement", "pensioen"),
            Choice.of("end_of_contract", "end of contract", "einde contract"),
            Choice.of("other", "other", "anders"));

    public static final ImportFormat LEAVERS = ImportFormat.of(
            "leavers",
            Bilingual.of("Leavers", "Uitdiensttredingen"),
            Bilingual.of(
                    "Who left the organisation, when and why: the retention that leadership and onboarding programmes"
                            + " aim to improve.",
                    "Wie de organisatie verliet, wanneer en waarom: het behoud dat leiderschaps- en"
                            + " onboardingprogramma's willen verbeteren."),
            Identity.anyOf(EMPLOYEE_NUMBER, EMAIL),
            PersonColumns.employeeNumber(),
            PersonColumns.email(),
            FormatColumn.value(
                    EXIT_DATE,
                    "The day employment ended; not before the hire date.",
                    "De dag dat het dienstverband eindigde; niet voor de datum in dienst.",
                    LocalDate.of(2025, 6, 30)),
            FormatColumn.coded(
                    REASON, "Why the employee left.", "Waarom de medewerker vertrok.", EXIT_REASONS, "voluntary"));

    private PeopleFormats() {}
}
