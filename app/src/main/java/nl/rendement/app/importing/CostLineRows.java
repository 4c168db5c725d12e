package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.CostFormats.AMOUNT;
import static nl.rendement.app.importing.formats.CostFormats.CATEGORY;
import static nl.rendement.app.importing.formats.CostFormats.CURRENCY;
import static nl.rendement.app.importing.formats.CostFormats.DATE_PAID;
import static nl.rendement.app.importing.formats.CostFormats.DESCRIPTION;
import static nl.rendement.app.importing.formats.CostFormats.EXPECTED;
import static nl.rendement.app.importing.formats.CostFormats.ID;
import static nl.rendement.app.importing.formats.CostFormats.PROGRAMME;
import static nl.rendement.app.importing.formats.CostFormats.RECURRENCE;
import static nl.rendement.app.importing.formats.CostFormats.VAT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.LineCategory;
import nl.rendement.app.importing.formats.CostFormats;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.money.Money;

/**
 * Reads the rows of one cost lines file against the programmes and exchange rates read once for
 * the whole file: a row becomes a programme's cost line, or problems that say why it cannot. A
 * line in another currency than the reporting currency needs a rate into it on or before its date.
 */
final class CostLineRows {

    static final int PRECISION = 18;
    static final int SCALE = 4;
    static final long MOST_PARTICIPANTS = 10_000_000;

    private final Map<String, Long> programmes;
    private final Currency reporting;
    private final Map<Currency, LocalDate> firstRates;

    /**
     * @param programmes programme ids by name
     * @param firstRates for each currency with a rate into {@code reporting}, the first day it has one
     */
    CostLineRows(Map<String, Long> programmes, Currency reporting, Map<Currency, LocalDate> firstRates) {
        this.programmes = Map.copyOf(programmes);
        this.reporting = reporting;
        this.firstRates = Map.copyOf(firstRates);
    }

    /** A row read: the programme's id and the line. */
    record Read(long programmeId, CostLine line) {}

    Optional<Read> read(Row row, ImportPlan plan) {
        String name = row.text(PROGRAMME).orElseThrow();
        Optional<Long> programme = Optional.ofNullable(programmes.get(name));
        if (programme.isEmpty()) {
            plan.problem(row, PROGRAMME, name, Optional.empty(), "importing.costLines.unknownProgramme", name);
        }
        String id = text(row, ID, 100, plan).orElseThrow();
        Optional<String> description = text(row, DESCRIPTION, 500, plan);
        Optional<LineCategory> category = Coded.read(
                        plan, row, CATEGORY, CostFormats.CATEGORIES, "importing.costLines.unknownCategory")
                .map(LineCategory::ofCode);
        Recurrence recurrence = Coded.read(
                        plan, row, RECURRENCE, CostFormats.RECURRENCES, "importing.costLines.unknownRecurrence")
                .map(code -> Recurrence.valueOf(code.toUpperCase(Locale.ROOT)))
                .orElse(Recurrence.ONE_TIME);
        BigDecimal amount = money(row, AMOUNT, plan).orElseThrow();
        BigDecimal vat = money(row, VAT, plan).orElse(BigDecimal.ZERO);
        Optional<Integer> expected = expected(row, recurrence, plan);
        LocalDate date = row.date(DATE_PAID).orElseThrow();
        Optional<Currency> currency = currency(row, date, plan);
        if (category.filter(LineCategory.REIMBURSEMENT::equals).isPresent()) {
            checkReimbursement(row, description, recurrence, expected, plan);
        }
        if (plan.hasProblem(row)) {
            return Optional.empty();
        }
        return Optional.of(new Read(
                programme.get(),
                new CostLine(
                        id,
                        category.get(),
                        description,
                        Money.of(amount, currency.get()),
                        Money.of(vat, currency.get()),
                        recurrence,
                        expected,
                        date)));
    }

    private static Optional<String> text(Row row, Column column, int length, ImportPlan plan) {
        Optional<String> text = row.text(column);
        text.filter(written -> written.length() > length)
                .ifPresent(written ->
                        plan.problem(row, column, written, Optional.empty(), "importing.costLines.tooLong", length));
        return text;
    }

    /** An amount or VAT: at least 0, kept exactly. */
    private static Optional<BigDecimal> money(Row row, Column column, ImportPlan plan) {
        Optional<BigDecimal> amount = row.decimal(column);
        amount.filter(value -> value.signum() < 0)
                .ifPresent(value -> plan.problem(
                        row, column, value.toPlainString(), Optional.empty(), "importing.costLines.negative"));
        amount.filter(value -> !Numeric.fits(value, PRECISION, SCALE))
                .ifPresent(value -> plan.problem(
                        row, column, value.toPlainString(), Optional.empty(), "importing.costLines.tooPrecise"));
        return amount;
    }

    private static Optional<Integer> expected(Row row, Recurrence recurrence, ImportPlan plan) {
        Optional<Long> expected = row.integer(EXPECTED);
        if (expected.filter(n -> n < 1 || n > MOST_PARTICIPANTS).isPresent()) {
            plan.problem(
                    row, EXPECTED, expected.get().toString(), Optional.empty(), "importing.costLines.expectedRange");
            return Optional.empty();
        }
        if (expected.isPresent() && recurrence != Recurrence.ONE_TIME) {
            plan.problem(
                    row, EXPECTED, expected.get().toString(), Optional.empty(), "importing.costLines.expectedOneTime");
        }
        return expected.map(Long::intValue);
    }

    /** The line's currency (blank: the reporting currency), which must have a rate into it by the line's date. */
    private Optional<Currency> currency(Row row, LocalDate date, ImportPlan plan) {
        Optional<String> written = row.text(CURRENCY);
        if (written.isEmpty()) {
            return Optional.of(reporting);
        }
        Currency currency;
        try {
            currency = Currency.getInstance(written.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            plan.problem(
                    row,
                    CURRENCY,
                    written.get(),
                    Optional.empty(),
                    "importing.costLines.unknownCurrency",
                    written.get());
            return Optional.empty();
        }
        boolean rated = currency.equals(reporting)
                || Optional.ofNullable(firstRates.get(currency))
                        .filter(first -> !first.isAfter(date))
                        .isPresent();
        if (!rated) {
            plan.problem(
                    row,
                    CURRENCY,
                    written.get(),
                    Optional.empty(),
                    "importing.costLines.noRate",
                    currency.getCurrencyCode(),
                    reporting.getCurrencyCode(),
                    date);
            return Optional.empty();
        }
        return Optional.of(currency);
    }

    private static void checkReimbursement(
            Row row, Optional<String> description, Recurrence recurrence, Optional<Integer> expected, ImportPlan plan) {
        if (description.isEmpty()) {
            plan.problem(row, DESCRIPTION, "", Optional.empty(), "importing.costLines.reimbursementSource");
        }
        if (recurrence != Recurrence.ONE_TIME) {
            plan.problem(
                    row,
                    RECURRENCE,
                    row.text(RECURRENCE).orElseThrow(),
                    Optional.empty(),
                    "importing.costLines.reimbursementOnce");
        }
        expected.ifPresent(n ->
                plan.problem(row, EXPECTED, n.toString(), Optional.empty(), "importing.costLines.reimbursementShared"));
    }
}
