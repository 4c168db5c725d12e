package nl.rendement.app.importing;

import static nl.rendement.app.importing.ImportFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.costs.ExchangeRates;
import nl.rendement.app.costs.LineCategory;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.system.Languages;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.money.ExchangeRate;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Importing cost lines through the service the upload page uses, on every supported database
 * (subclasses pick it): preview, commit, the same file as a no-op, a correction kept for undo,
 * undo, mixed currencies refused until a rate exists (and then stored unconverted), each bad
 * input with its message, a Dutch workbook.
 */
@SpringBootTest
abstract class CostLineImportContract {

    static final String HEADER =
            "programme,id,category,description,amount,vat,currency,recurrence,expected participants,date";
    static final String TRAINER =
            "Sales basics,INV-1,delivery,\"Trainer, two days\",2450.00,514.50,,one-time,60,2025-03-14";
    static final String LICENCE = "Sales basics,INV-2,acquisition,Licences,1200,,EUR,yearly,,2025-01-01";
    static final String FUND = "Sales basics,FUND-1,reimbursement,Sector training fund,1000,,,,,2025-06-30";
    static final String OWNER = "cost-import-owner";
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");

    @Autowired
    Imports imports;

    @Autowired
    CostLines lines;

    @Autowired
    ExchangeRates rates;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    long programme;

    @BeforeEach
    void aProgramme() {
        clear();
        programme = catalogue.create(OWNER, details("Sales basics", owner()));
    }

    @AfterEach
    void clear() {
        KpiTables.clear(jdbc);
        String ours = "(select id from programme where owner_id in (select id from app_user where username = '" + OWNER
                + "'))";
        jdbc.sql("delete from programme_change where programme_id in " + ours).update();
        jdbc.sql("delete from programme where id in " + ours).update();
        jdbc.sql("delete from app_user where username = ?").param(OWNER).update();
    }

    @Test
    void aPreviewChangesNothingAndACommitAddsEveryLine() throws IOException {
        ImportRecord preview = preview(csv(HEADER, TRAINER, LICENCE, FUND));

        assertThat(problems(preview)).isEmpty();
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(3, 0, 0));
        assertThat(stored()).isEmpty();

        imports.commit(preview.id(), false, "analyst");

        assertThat(stored())
                .containsEntry(
                        key("INV-1"),
                        new CostLine(
                                "INV-1",
                                LineCategory.DELIVERY,
                                Optional.of("Trainer, two days"),
                                money("2450.0000", EUR),
                                money("514.5000", EUR),
                                Recurrence.ONE_TIME,
                                Optional.of(60),
                                LocalDate.of(2025, 3, 14)))
                .containsEntry(
                        key("INV-2"),
                        new CostLine(
                                "INV-2",
                                LineCategory.ACQUISITION,
                                Optional.of("Licences"),
                                money("1200", EUR),
                                money("0", EUR),
                                Recurrence.YEARLY,
                                Optional.empty(),
                                LocalDate.of(2025, 1, 1)))
                .containsKey(key("FUND-1"))
                .hasSize(3);
        assertThat(stored().get(key("FUND-1")).category()).isEqualTo(LineCategory.REIMBURSEMENT);
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldLineForUndo() throws IOException {
        ImportRecord first = commit(csv(HEADER, TRAINER, LICENCE));

        ImportRecord again = preview(csv(HEADER, TRAINER, LICENCE));
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 2));

        ImportRecord correction = preview(
                csv(HEADER, TRAINER, "Sales basics,INV-2,acquisition,Licences,1250,262.50,EUR,yearly,,2025-01-01"));
        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 1, 1));
        assertThat(imports.changed(correction.id()))
                .extracting(Imports.Changed::subject, Imports.Changed::before, Imports.Changed::after)
                .containsExactly(tuple(
                        "Sales basics / INV-2",
                        "programme: Sales basics · id: INV-2 · category: acquisition · description: Licences · amount:"
                                + " 1200 · vat: 0 · currency: EUR · recurrence: yearly · date: 2025-01-01",
                        "programme: Sales basics · id: INV-2 · category: acquisition · description: Licences · amount:"
                                + " 1250 · vat: 262.5 · currency: EUR · recurrence: yearly · date: 2025-01-01"));
        imports.commit(correction.id(), false, "analyst");
        assertThat(stored().get(key("INV-2")).amount()).isEqualTo(money("1250", EUR));

        imports.undo(correction.id(), "analyst");
        assertThat(stored().get(key("INV-2")).amount()).isEqualTo(money("1200", EUR));
        assertThat(stored().get(key("INV-2")).vat()).isEqualTo(money("0", EUR));

        imports.undo(first.id(), "analyst");
        assertThat(stored()).isEmpty();
    }

    @Test
    void anUndoIsRefusedWholeWhenALineChangedSince() throws IOException {
        ImportRecord first = commit(csv(HEADER, TRAINER, LICENCE));
        commit(csv(HEADER, "Sales basics,INV-2,acquisition,Licences,1300,,EUR,yearly,,2025-01-01"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.message(Languages.messages(), Locale.ENGLISH))
                                .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(stored()).hasSize(2);
    }

    @Test
    void aFileMixingCurrenciesIsRefusedUntilTheOtherCurrencyHasARateAndIsThenStoredUnconverted() throws IOException {
        String dollars = "Sales basics,INV-3,delivery,US trainer,1000,,USD,,,2025-03-20";

        ImportRecord refused = preview(csv(HEADER, TRAINER, dollars));

        assertThat(problems(refused))
                .containsExactly("costs.csv, row 3, column “currency”, value “USD”: There is no exchange rate from USD"
                        + " to the reporting currency EUR on or before 2025-03-20: an administrator adds one under"
                        + " Settings, Exchange rates; then upload the file again.");
        assertThatThrownBy(() -> imports.commit(refused.id(), false, "analyst"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refusal -> assertThat(refusal.message(Languages.messages(), Locale.ENGLISH))
                                .isEqualTo(
                                        "1 row has problems: correct the file, or choose to import only the valid rows."));
        assertThat(count()).isZero();

        rates.add(new ExchangeRate(USD, EUR, new BigDecimal("0.92"), LocalDate.of(2025, 4, 1), "ECB"), "admin");
        assertThat(problems(preview(csv(HEADER, TRAINER, dollars)))).hasSize(1);

        rates.add(new ExchangeRate(USD, EUR, new BigDecimal("0.91"), LocalDate.of(2025, 1, 2), "ECB"), "admin");
        ImportRecord accepted = preview(csv(HEADER, TRAINER, dollars));
        assertThat(problems(accepted)).isEmpty();
        imports.commit(accepted.id(), false, "analyst");

        assertThat(stored().get(key("INV-3")).amount()).isEqualTo(money("1000", USD));
        assertThat(stored().get(key("INV-1")).amount()).isEqualTo(money("2450", EUR));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments(
                        "unknown programme",
                        "Sales advanced,INV-9,delivery,Trainer,100,,,,,2025-03-14",
                        "costs.csv, row 2, column “programme”, value “Sales advanced”: There is no programme “Sales"
                                + " advanced”: add it under Programmes first, or write its name exactly as Rendement"
                                + " has it."),
                arguments(
                        "negative amount",
                        "Sales basics,INV-9,delivery,Refund,-100,,,,,2025-03-14",
                        "costs.csv, row 2, column “amount”, value “-100”: An amount is at least 0; money received is a"
                                + " line of its own, of category reimbursement."),
                arguments(
                        "negative VAT",
                        "Sales basics,INV-9,delivery,Trainer,100,-21,,,,2025-03-14",
                        "costs.csv, row 2, column “vat”, value “-21”: An amount is at least 0; money received is a line"
                                + " of its own, of category reimbursement."),
                arguments(
                        "wrong type",
                        "Sales basics,INV-9,delivery,Trainer,a lot,,,,,2025-03-14",
                        "costs.csv, row 2, column “amount”, value “a lot”: This is not a number."),
                arguments(
                        "impossible date",
                        "Sales basics,INV-9,delivery,Trainer,100,,,,,2025-02-29",
                        "costs.csv, row 2, column “date”, value “2025-02-29”: This is not a date; write dd-mm-yyyy or"
                                + " yyyy-mm-dd."),
                arguments(
                        "unknown category",
                        "Sales basics,INV-9,catering,Lunch,100,,,,,2025-03-14",
                        "costs.csv, row 2, column “category”, value “catering”: “catering” is not a cost category:"
                                + " write needs assessment, design and development, acquisition, delivery, participant"
                                + " time, capital, overhead, evaluation and reporting, reimbursement (behoefteanalyse,"
                                + " ontwerp en ontwikkeling, aanschaf, uitvoering, tijd deelnemers, kapitaal, overhead,"
                                + " evaluatie en rapportage, vergoeding)."),
                arguments(
                        "duplicate line",
                        TRAINER + "\n" + TRAINER,
                        "costs.csv, row 3, column “id”, value “INV-1”: This programme has a line with this id in an"
                                + " earlier row too."),
                arguments(
                        "expected participants of a yearly cost",
                        "Sales basics,INV-9,acquisition,Licences,100,,,yearly,60,2025-03-14",
                        "costs.csv, row 2, column “expected participants”, value “60”: Only a one-time cost is shared"
                                + " over expected participants: leave this blank for a yearly cost."),
                arguments(
                        "no expected participants",
                        "Sales basics,INV-9,delivery,Trainer,100,,,,0,2025-03-14",
                        "costs.csv, row 2, column “expected participants”, value “0”: Give a whole number of"
                                + " participants from 1 to 10,000,000."),
                arguments(
                        "unknown currency",
                        "Sales basics,INV-9,delivery,Trainer,100,,EURO,,,2025-03-14",
                        "costs.csv, row 2, column “currency”, value “EURO”: “EURO” is not an ISO 4217 currency code,"
                                + " such as EUR or USD."),
                arguments(
                        "a reimbursement without its source",
                        "Sales basics,FUND-9,reimbursement,,1000,,,,,2025-06-30",
                        "costs.csv, row 2, column “description”: A reimbursement says where the money came from: fill"
                                + " in the description."),
                arguments(
                        "a yearly reimbursement",
                        "Sales basics,FUND-9,vergoeding,Fund,1000,,,jaarlijks,,2025-06-30",
                        "costs.csv, row 2, column “recurrence”, value “jaarlijks”: A reimbursement is money received"
                                + " once: leave the recurrence blank or write one-time."),
                arguments(
                        "too many decimals",
                        "Sales basics,INV-9,delivery,Trainer,100.12345,,,,,2025-03-14",
                        "costs.csv, row 2, column “amount”, value “100.12345”: Rendement keeps amounts of up to 14"
                                + " digits before the decimal point, with at most 4 decimals."),
                arguments(
                        "an id too long",
                        "Sales basics," + "X".repeat(101) + ",delivery,Trainer,100,,,,,2025-03-14",
                        "costs.csv, row 2, column “id”, value “" + "X".repeat(101)
                                + "”: Write at most 100 characters here."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedExactlyAndChangesNothing(String name, String rows, String message) throws IOException {
        commit(csv(HEADER, LICENCE));
        Map<CostLines.Key, CostLine> before = stored();

        ImportRecord preview = preview(csv(HEADER, rows));

        assertThat(problems(preview)).first().isEqualTo(message);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(stored()).isEqualTo(before);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aDutchWorkbookIsReadWithItsDutchHeadersAndWords() throws IOException {
        Path file = ImportFiles.namedXlsx(
                folder,
                "kosten.xlsx",
                row(
                        "programma",
                        "id",
                        "categorie",
                        "omschrijving",
                        "bedrag",
                        "btw",
                        "valuta",
                        "herhaling",
                        "verwachte deelnemers",
                        "datum"),
                row(
                        "Sales basics",
                        "FACT-2025-0113",
                        "uitvoering",
                        "Trainer, twee dagen",
                        new BigDecimal("2450.5"),
                        new BigDecimal("514.61"),
                        "EUR",
                        "eenmalig",
                        60,
                        LocalDate.of(2025, 3, 14)),
                row(
                        "Sales basics",
                        "FONDS-1",
                        "vergoeding",
                        "Opleidingsfonds",
                        1000,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2025, 6, 30)));

        ImportRecord preview = imports.preview("cost-lines", file, "kosten.xlsx", "analyst");
        assertThat(problems(preview)).isEmpty();
        imports.commit(preview.id(), false, "analyst");

        CostLine trainer = stored().get(key("FACT-2025-0113"));
        assertThat(trainer.category()).isEqualTo(LineCategory.DELIVERY);
        assertThat(trainer.amount()).isEqualTo(money("2450.5", EUR));
        assertThat(trainer.vat()).isEqualTo(money("514.61", EUR));
        assertThat(trainer.expectedParticipants()).contains(60);
        assertThat(stored().get(key("FONDS-1")).category()).isEqualTo(LineCategory.REIMBURSEMENT);
    }

    private Map<CostLines.Key, CostLine> stored() {
        return lines.ofProgrammes(Set.of(programme));
    }

    private CostLines.Key key(String lineId) {
        return new CostLines.Key(programme, lineId);
    }

    private static Money money(String amount, Currency currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    private ImportRecord preview(Path file) {
        return imports.preview("cost-lines", file, "costs.csv", "analyst");
    }

    private ImportRecord commit(Path file) {
        return imports.commit(preview(file).id(), false, "analyst");
    }

    private Path csv(String... lines) throws IOException {
        return ImportFiles.namedCsv(folder, "costs-" + System.nanoTime() + ".csv", lines);
    }

    private List<String> problems(ImportRecord record) {
        return imports.problems(record.id()).stream()
                .map(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .toList();
    }

    private long count() {
        return jdbc.sql("select count(*) from cost_line").query(Long.class).single();
    }

    private long owner() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Cost import test', '{noop}unused', true, ?)")
                .params(OWNER, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static ProgrammeDetails details(String name, long owner) {
        return new ProgrammeDetails(
                name,
                ProgrammeType.SALES,
                Optional.empty(),
                owner,
                Optional.empty(),
                ProgrammeStatus.RUNNING,
                Optional.empty(),
                DeliveryMode.CLASSROOM,
                false,
                Optional.empty(),
                Optional.empty(),
                4,
                Set.of());
    }
}
