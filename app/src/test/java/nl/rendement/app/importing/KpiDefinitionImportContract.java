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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.kpi.KpiObservation;
import nl.rendement.app.kpi.KpiObservations;
import nl.rendement.app.kpi.ObservationKey;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.system.Languages;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
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

/**
 * Importing KPI definitions through the service the upload page uses, on every supported database
 * (subclasses pick it): preview, commit, the same file as a no-op, a correction kept for undo,
 * undo (refused while observations refer to an added KPI), each bad input with its message.
 */
@SpringBootTest
abstract class KpiDefinitionImportContract {

    static final String HEADER = "code,name,unit,direction,aggregation,period,threshold share,description";
    static final String CONVERSION =
            "conversion,Quote conversion,% of quotes,higher is better,ratio of sums,month,,Accepted / sent";
    static final String ONBOARDING = "ramp-up,Time to productivity,orders,higher is better,time to threshold,week,80%,";
    static final String LIBRARY_HEADER =
            HEADER + ",programme types,value per unit,value currency,value technique,value source,value year";
    static final String VALUED =
            CONVERSION + ",sales|verkoop|soft skills,250.50,,output as contribution,Finance 2025,2025";

    static final KpiDefinition CONVERSION_KPI = new KpiDefinition(
            "conversion",
            "Quote conversion",
            "% of quotes",
            Direction.HIGHER_IS_BETTER,
            Aggregation.RATIO_OF_SUMS,
            PeriodLength.MONTH,
            Optional.empty(),
            Optional.of("Accepted / sent"));

    @Autowired
    Imports imports;

    @Autowired
    KpiDefinitions definitions;

    @Autowired
    KpiObservations observations;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    @AfterEach
    void clear() {
        KpiTables.clear(jdbc);
    }

    @Test
    void aPreviewChangesNothingAndACommitAddsEveryKpi() throws IOException {
        ImportRecord preview = preview(csv(HEADER, CONVERSION, ONBOARDING));

        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 0));
        assertThat(definitions.all()).isEmpty();

        imports.commit(preview.id(), false, "analyst");

        assertThat(definitions.all())
                .extracting(Kpi::definition)
                .containsExactly(
                        CONVERSION_KPI,
                        new KpiDefinition(
                                "ramp-up",
                                "Time to productivity",
                                "orders",
                                Direction.HIGHER_IS_BETTER,
                                Aggregation.TIME_TO_THRESHOLD,
                                PeriodLength.WEEK,
                                Optional.of(new BigDecimal("80.000000")),
                                Optional.empty()));
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldDefinitionForUndo() throws IOException {
        commit(csv(HEADER, CONVERSION, ONBOARDING));

        ImportRecord again = preview(csv(HEADER, CONVERSION, ONBOARDING));
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 2));
        imports.commit(again.id(), false, "analyst");
        assertThat(definitions.byCode("conversion")).map(Kpi::definition).contains(CONVERSION_KPI);

        ImportRecord correction = preview(csv(
                HEADER,
                "conversion,Offer conversion,% of offers,higher is better,ratio of sums,month,,Accepted / sent",
                ONBOARDING));
        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 1, 1));
        assertThat(imports.changed(correction.id()))
                .extracting(Imports.Changed::subject, Imports.Changed::before, Imports.Changed::after)
                .containsExactly(tuple(
                        "conversion",
                        "name: Quote conversion · unit: % of quotes · direction: higher_is_better · aggregation:"
                                + " ratio_of_sums · period: month · description: Accepted / sent",
                        "name: Offer conversion · unit: % of offers · direction: higher_is_better · aggregation:"
                                + " ratio_of_sums · period: month · description: Accepted / sent"));
        imports.commit(correction.id(), false, "analyst");
        assertThat(definitions.byCode("conversion").orElseThrow().definition().name())
                .isEqualTo("Offer conversion");

        imports.undo(correction.id(), "analyst");

        assertThat(definitions.byCode("conversion")).map(Kpi::definition).contains(CONVERSION_KPI);
        assertThat(definitions.all()).hasSize(2);
    }

    @Test
    void undoingTheFirstImportRemovesItsKpis() throws IOException {
        ImportRecord first = commit(csv(HEADER, CONVERSION, ONBOARDING));

        imports.undo(first.id(), "analyst");

        assertThat(definitions.all()).isEmpty();
    }

    @Test
    void anUndoIsRefusedWholeWhileObservationsReferToAnAddedKpi() throws IOException {
        ImportRecord first = commit(csv(HEADER, CONVERSION, ONBOARDING));
        observe("conversion");

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(message(refused))
                                .isEqualTo(
                                        "KPI “conversion” has observations (1) that rely on what this import wrote: undo"
                                                + " the import of those observations first. Nothing was undone."));
        assertThat(definitions.all()).hasSize(2);
        assertThat(imports.byId(first.id()).orElseThrow().state()).isEqualTo(ImportState.COMMITTED);
    }

    @Test
    void anUndoIsRefusedWholeWhenAKpiChangedSince() throws IOException {
        ImportRecord first = commit(csv(HEADER, CONVERSION, ONBOARDING));
        commit(csv(HEADER, "conversion,Offer conversion,% of offers,higher is better,ratio of sums,month,,"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(message(refused))
                                .isEqualTo("The data of row 2 changed after this import; nothing was undone."));
        assertThat(definitions.all()).hasSize(2);
    }

    @Test
    void theKpiOfObservationsKeepsItsPeriodAndAggregation() throws IOException {
        commit(csv(HEADER, CONVERSION));
        observe("conversion");

        ImportRecord weekly = preview(csv(
                HEADER,
                "conversion,Quote conversion,% of quotes,higher is better,ratio of sums,week,,Accepted / sent"));

        assertThat(problems(weekly))
                .containsExactly("kpis.csv, row 2, column “period”, value “week”: KPI “conversion” already has"
                        + " observations (1), which were checked against its period and aggregation: these cannot"
                        + " change. Define a new KPI instead.");
        assertThat(definitions.byCode("conversion")).map(Kpi::definition).contains(CONVERSION_KPI);
    }

    @Test
    void aDutchWorkbookIsReadWithItsDutchHeadersAndWords() throws IOException {
        Path file = ImportFiles.namedXlsx(
                folder,
                "kpis.xlsx",
                row("code", "naam", "eenheid", "richting", "aggregatie", "periode", "drempelaandeel", "omschrijving"),
                row(
                        "verzuim",
                        "Ziekteverzuim",
                        "% dagen",
                        "lager is beter",
                        "verhouding van sommen",
                        "maand",
                        null,
                        "Verzuimdagen / roosterdagen"),
                row(
                        "inwerken",
                        "Inwerktijd",
                        "orders",
                        "hoger is beter",
                        "tijd tot drempel",
                        "kwartaal",
                        new BigDecimal("75"),
                        null));

        ImportRecord preview = imports.preview("kpi-definitions", file, "kpis.xlsx", "analyst");
        assertThat(problems(preview)).isEmpty();
        imports.commit(preview.id(), false, "analyst");

        assertThat(definitions.byCode("verzuim").orElseThrow().definition())
                .isEqualTo(new KpiDefinition(
                        "verzuim",
                        "Ziekteverzuim",
                        "% dagen",
                        Direction.LOWER_IS_BETTER,
                        Aggregation.RATIO_OF_SUMS,
                        PeriodLength.MONTH,
                        Optional.empty(),
                        Optional.of("Verzuimdagen / roosterdagen")));
        assertThat(definitions.byCode("inwerken").orElseThrow().definition().period())
                .isEqualTo(PeriodLength.QUARTER);
        assertThat(definitions.byCode("inwerken").orElseThrow().definition().thresholdSharePercent())
                .hasValueSatisfying(share -> assertThat(share).isEqualByComparingTo("75"));
    }

    @Test
    void theLibraryKeepsAKpisProgrammeTypesAndDefaultValueAndUndoPutsTheOldOnesBack() throws IOException {
        commit(csv(LIBRARY_HEADER, VALUED));
        KpiDefinition stored = definitions.byCode("conversion").orElseThrow().definition();

        assertThat(stored.programmeTypes()).containsExactly(ProgrammeType.SALES, ProgrammeType.SOFT_SKILLS);
        assertThat(stored.conversion()).hasValueSatisfying(value -> {
            assertThat(value.technique()).isEqualTo(Technique.OUTPUT_AS_CONTRIBUTION);
            assertThat(value.valuePerUnit().amount()).isEqualByComparingTo("250.50");
            assertThat(value.valuePerUnit().currency().getCurrencyCode()).isEqualTo("EUR");
            assertThat(value.source()).isEqualTo("Finance 2025");
            assertThat(value.year()).isEqualTo(2025);
        });
        assertThat(imports.changes(preview(csv(LIBRARY_HEADER, VALUED)).id())).isEqualTo(new Imports.Changes(0, 0, 1));
        assertThat(imports.changes(preview(csv(HEADER, CONVERSION)).id()))
                .as("a file without the library's columns leaves its values as they are")
                .isEqualTo(new Imports.Changes(0, 0, 1));

        ImportRecord revalued =
                commit(csv(LIBRARY_HEADER, CONVERSION + ",sales,300,USD,cost of quality,Complaints desk 2026,2026"));
        KpiDefinition changed = definitions.byCode("conversion").orElseThrow().definition();
        assertThat(changed.programmeTypes()).containsExactly(ProgrammeType.SALES);
        assertThat(changed.conversion().orElseThrow().valuePerUnit().currency().getCurrencyCode())
                .isEqualTo("USD");

        imports.undo(revalued.id(), "analyst");

        assertThat(definitions.byCode("conversion").orElseThrow().definition()).isEqualTo(stored);
    }

    @Test
    void keepsWhatAValueRestsOnAndAFileWithoutThatColumnLeavesItAsItIs() throws IOException {
        String header = LIBRARY_HEADER + ",value evidence";
        commit(csv(header, CONVERSION + ",sales,6,,employee time,Planning 2025,2025,Saved minutes go to the backlog"));

        assertThat(definitions.byCode("conversion").orElseThrow().definition().conversion())
                .hasValueSatisfying(value -> assertThat(value.evidence()).contains("Saved minutes go to the backlog"));
        assertThat(imports.changes(
                        preview(csv(LIBRARY_HEADER, CONVERSION + ",sales,6,,employee time,Planning 2025,2025"))
                                .id()))
                .as("a file without the evidence column leaves it as it is")
                .isEqualTo(new Imports.Changes(0, 0, 1));
        assertThat(imports.changes(preview(csv(header, CONVERSION + ",sales,6,,employee time,Planning 2025,2025,"))
                        .id()))
                .as("a blank evidence in a file that has the column takes it away")
                .isEqualTo(new Imports.Changes(0, 1, 0));

        ImportRecord evidenceAlone = preview(csv(header, CONVERSION + ",sales,,,,,,Backlog"));

        assertThat(problems(evidenceAlone))
                .first()
                .isEqualTo("kpis.csv, row 2, column “value evidence”, value “Backlog”: This belongs to a default"
                        + " value: give the value per unit too, or leave this blank.");
    }

    static Stream<Arguments> badLibraryRows() {
        return Stream.of(
                arguments(
                        "unknown programme type",
                        CONVERSION + ",sales|marketing,,,,,",
                        "kpis.csv, row 2, column “programme types”, value “marketing”: “marketing” is not a programme"
                                + " type: write onboarding, leadership, digital learning, sales, wellbeing, compliance,"
                                + " ai literacy, soft skills, other (onboarding, leiderschap, digitaal leren, verkoop,"
                                + " welzijn, compliance, ai-geletterdheid, soft skills, anders), separated by |."),
                arguments(
                        "value without its technique, source and year",
                        CONVERSION + ",sales,250,,,,",
                        "kpis.csv, row 2, column “value technique”: A default value needs its technique, source and"
                                + " year, so that every figure made with it can say where it comes from."),
                arguments(
                        "source without a value",
                        CONVERSION + ",sales,,,,Finance 2025,",
                        "kpis.csv, row 2, column “value source”, value “Finance 2025”: This belongs to a default"
                                + " value: give the value per unit too, or leave this blank."),
                arguments(
                        "an estimate",
                        CONVERSION + ",sales,250,,estimate,Sales managers,2025",
                        "kpis.csv, row 2, column “value technique”, value “estimate”: “estimate” is not a technique"
                                + " for a KPI's default value: write output as contribution, cost of quality, employee"
                                + " time, historical cost, expert, external study, linked measure (output als bijdrage,"
                                + " kosten van kwaliteit, tijd van medewerkers, historische kosten, expert, extern"
                                + " onderzoek, gekoppelde maatstaf). An estimate belongs in a plan, with its"
                                + " confidence."),
                arguments(
                        "negative value",
                        CONVERSION + ",sales,-5,,expert,Controller,2025",
                        "kpis.csv, row 2, column “value per unit”, value “-5”: A value per unit is at least 0, with at"
                                + " most 15 digits before the decimal point and 4 after it."),
                arguments(
                        "impossible year",
                        CONVERSION + ",sales,5,,expert,Controller,1850",
                        "kpis.csv, row 2, column “value year”, value “1850”: A value's year lies from 1900 to 2200."),
                arguments(
                        "unknown currency",
                        CONVERSION + ",sales,5,EURO,expert,Controller,2025",
                        "kpis.csv, row 2, column “value currency”, value “EURO”: “EURO” is not an ISO 4217 currency"
                                + " code, such as EUR or USD."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLibraryRows")
    void aBadLibraryRowIsReportedExactlyAndChangesNothing(String name, String rows, String message) throws IOException {
        commit(csv(LIBRARY_HEADER, VALUED));
        List<Kpi> before = definitions.all();

        ImportRecord preview = preview(csv(LIBRARY_HEADER, rows));

        assertThat(problems(preview)).first().isEqualTo(message);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(definitions.all()).isEqualTo(before);
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments(
                        "wrong type",
                        "conversion,Quote conversion,%,higher is better,time to threshold,month,eighty,",
                        "kpis.csv, row 2, column “threshold share”, value “eighty”: This is not a number."),
                arguments(
                        "duplicate code",
                        CONVERSION + "\n" + CONVERSION,
                        "kpis.csv, row 3, column “code”, value “conversion”: This KPI code appears in an earlier row"
                                + " too."),
                arguments(
                        "unknown direction",
                        "conversion,Quote conversion,%,up,sum,month,,",
                        "kpis.csv, row 2, column “direction”, value “up”: “up” is not a direction: write higher is"
                                + " better, lower is better (hoger is beter, lager is beter)."),
                arguments(
                        "unknown aggregation",
                        "conversion,Quote conversion,%,higher is better,mean of ratios,month,,",
                        "kpis.csv, row 2, column “aggregation”, value “mean of ratios”: “mean of ratios” is not an"
                                + " aggregation: write sum, weighted mean, ratio of sums, time to threshold (som,"
                                + " gewogen gemiddelde, verhouding van sommen, tijd tot drempel)."),
                arguments(
                        "unknown period",
                        "conversion,Quote conversion,%,higher is better,sum,fortnight,,",
                        "kpis.csv, row 2, column “period”, value “fortnight”: “fortnight” is not a period: write day,"
                                + " week, month, quarter, year (dag, week, maand, kwartaal, jaar)."),
                arguments(
                        "threshold above 100%",
                        "ramp-up,Ramp-up,orders,higher is better,time to threshold,week,120%,",
                        "kpis.csv, row 2, column “threshold share”, value “120”: A threshold share lies from 0 to"
                                + " 100%, with at most 6 decimals."),
                arguments(
                        "threshold without time to threshold",
                        "conversion,Quote conversion,%,higher is better,sum,month,80,",
                        "kpis.csv, row 2, column “threshold share”, value “80”: Only a time-to-threshold KPI has a"
                                + " threshold share: leave this blank."),
                arguments(
                        "time to threshold without threshold",
                        "ramp-up,Ramp-up,orders,higher is better,time to threshold,week,,",
                        "kpis.csv, row 2, column “threshold share”: A time-to-threshold KPI needs its threshold share:"
                                + " the share of the tenured median a person must first reach."),
                arguments(
                        "code too long",
                        "x".repeat(65) + ",Quote conversion,%,higher is better,sum,month,,",
                        "kpis.csv, row 2, column “code”, value “" + "x".repeat(65)
                                + "”: Write at most 64 characters here."),
                arguments(
                        "missing name",
                        "conversion,,%,higher is better,sum,month,,",
                        "kpis.csv, row 2, column “name”: This column needs a value in every row."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedExactlyAndChangesNothing(String name, String rows, String message) throws IOException {
        commit(csv(HEADER, ONBOARDING));
        List<Kpi> before = definitions.all();

        ImportRecord preview = preview(csv(HEADER, rows));

        assertThat(problems(preview)).first().isEqualTo(message);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(definitions.all()).isEqualTo(before);
        assertThat(count("kpi_definition")).isEqualTo(1);
    }

    private void observe(String code) {
        OrgUnit team = units.add("KPI-TEAM", "KPI team", UnitKind.TEAM, Optional.empty(), LocalDate.of(2020, 1, 1));
        long kpi = definitions.byCode(code).orElseThrow().id();
        observations.add(List.of(new KpiObservation(
                new ObservationKey(kpi, ObservationKey.Subject.team(team.id()), LocalDate.of(2025, 5, 1)),
                BigDecimal.ONE,
                Optional.of(BigDecimal.TEN))));
    }

    private ImportRecord preview(Path file) {
        return imports.preview("kpi-definitions", file, "kpis.csv", "analyst");
    }

    private ImportRecord commit(Path file) {
        return imports.commit(preview(file).id(), false, "analyst");
    }

    private Path csv(String... lines) throws IOException {
        return ImportFiles.namedCsv(folder, "kpis-" + System.nanoTime() + ".csv", lines);
    }

    private List<String> problems(ImportRecord record) {
        return imports.problems(record.id()).stream()
                .map(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .toList();
    }

    private static String message(ImportRefused refused) {
        return refused.message(Languages.messages(), Locale.ENGLISH);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
