package nl.rendement.app.importing.formats;

import static nl.rendement.app.importing.ColumnType.DATE;
import static nl.rendement.app.importing.ColumnType.DECIMAL;
import static nl.rendement.app.importing.ColumnType.INTEGER;
import static nl.rendement.app.importing.ColumnType.TEXT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.rendement.app.importing.Column;

/**
 * The cost ledger of programmes. The columns after the programme are those of an evaluation file's
 * cost table ({@code docs/evaluation-file.md}), so one sheet serves both.
 */
public final class CostFormats {

    public static final Column PROGRAMME = ProgrammeFormats.PROGRAMME;
    public static final Column ID = Column.required("id", "id", TEXT);
    public static final Column CATEGORY = Column.required("category", "categorie", TEXT);
    public static final Column DESCRIPTION = Column.optional("description", "omschrijving", TEXT);
    public static final Column AMOUNT = Column.required("amount", "bedrag", DECIMAL);
    public static final Column VAT = Column.optional("vat", "btw", DECIMAL);
    public static final Column CURRENCY = Column.optional("currency", "valuta", TEXT);
    public static final Column RECURRENCE = Column.optional("recurrence", "herhaling", TEXT);
    public static final Column EXPECTED = Column.optional("expected participants", "verwachte deelnemers", INTEGER);
    public static final Column DATE_PAID = Column.required("date", "datum", DATE);

    /** The engine's {@code CostCategory}, and money received towards the programme. */
    public static final List<Choice> CATEGORIES = List.of(
            Choice.of("needs_assessment", "needs assessment", "behoefteanalyse"),
            Choice.of("design_and_development", "design and development", "ontwerp en ontwikkeling"),
            Choice.of("acquisition", "acquisition", "aanschaf"),
            Choice.of("delivery", "delivery", "uitvoering"),
            Choice.of("participant_time", "participant time", "tijd deelnemers"),
            Choice.of("capital", "capital", "kapitaal"),
            Choice.of("overhead", "overhead", "overhead"),
            Choice.of("evaluation_and_reporting", "evaluation and reporting", "evaluatie en rapportage"),
            Choice.of("reimbursement", "reimbursement", "vergoeding"));

    /** As the engine's {@code Recurrence}. */
    public static final List<Choice> RECURRENCES =
            List.of(Choice.of("one_time", "one-time", "eenmalig"), Choice.of("yearly", "yearly", "jaarlijks"));

    public static final ImportFormat COST_LINES = ImportFormat.of(
            "cost-lines",
            Bilingual.of("Cost lines", "Kostenregels"),
            Bilingual.of(
                    "A programme's fully loaded costs, one ledger line a row, and money received towards it (a"
                            + " training fund, a subsidy), which is kept apart and never netted into a cost.",
                    "De volledige kosten van een programma, één boekingsregel per rij, en geld dat ervoor is"
                            + " ontvangen (een opleidingsfonds, een subsidie), dat apart blijft en nooit met kosten wordt"
                            + " verrekend."),
            Identity.NONE,
            FormatColumn.text(
                    PROGRAMME,
                    "The programme's name, as in Rendement.",
                    "De naam van het programma, zoals in Rendement.",
                    "Sales basics",
                    "Basis verkoop"),
            FormatColumn.text(
                    ID,
                    "The line's id, such as its ledger reference; unique within the programme.",
                    "Het id van de regel, zoals het boekingskenmerk; uniek binnen het programma.",
                    "INV-2025-0113",
                    "FACT-2025-0113"),
            FormatColumn.coded(
                    CATEGORY,
                    "The cost category (Phillips' fully loaded costs), or reimbursement for money received.",
                    "De kostencategorie (de volledige kosten volgens Phillips), of vergoeding voor ontvangen geld.",
                    CATEGORIES,
                    "delivery"),
            FormatColumn.text(
                    DESCRIPTION,
                    "What the cost is; for a reimbursement, where the money came from.",
                    "Wat de kosten zijn; bij een vergoeding waar het geld vandaan kwam.",
                    "Trainer, two days",
                    "Trainer, twee dagen"),
            FormatColumn.value(
                    AMOUNT,
                    "The amount excluding VAT, at least 0.",
                    "Het bedrag exclusief btw, minstens 0.",
                    new BigDecimal("2450.00")),
            FormatColumn.value(
                    VAT,
                    "The VAT on the amount; blank is 0.",
                    "De btw over het bedrag; leeg is 0.",
                    new BigDecimal("514.50")),
            FormatColumn.text(
                    CURRENCY,
                    "The currency as an ISO code; blank is the organisation's currency.",
                    "De valuta als ISO-code; leeg is de valuta van de organisatie.",
                    "EUR",
                    "EUR"),
            FormatColumn.coded(
                    RECURRENCE,
                    "Whether the cost is paid once or every year; blank is one-time.",
                    "Of de kosten eenmalig of elk jaar worden betaald; leeg is eenmalig.",
                    RECURRENCES,
                    "one_time"),
            FormatColumn.value(
                    EXPECTED,
                    "A one-time cost shared over this many participants in the programme's life (proration).",
                    "Eenmalige kosten verdeeld over zoveel deelnemers in de looptijd van het programma (naar rato).",
                    60L),
            FormatColumn.value(
                    DATE_PAID,
                    "The day of the cost or receipt.",
                    "De dag van de kosten of ontvangst.",
                    LocalDate.of(2025, 3, 14)));

    private CostFormats() {}
}
