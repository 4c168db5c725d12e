package nl.rendement.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import nl.rendement.app.costs.ExchangeRates;
import nl.rendement.app.importing.ImportRecord;
import nl.rendement.app.importing.Imports;
import nl.rendement.engine.money.ExchangeRate;
import org.springframework.stereotype.Component;

/**
 * Brings the demo's generated files in the way a customer's data comes in: through the importers,
 * previewed and committed by the demo's director, so that every demo import is in the Data page's
 * history and can be read, downloaded and undone like any other. A file the importers would not
 * take whole stops the demo start: the generated data and the import formats must agree.
 */
@Component
class DemoFrontDoor {

    private final Imports imports;
    private final ExchangeRates rates;

    DemoFrontDoor(Imports imports, ExchangeRates rates) {
        this.imports = imports;
        this.rates = rates;
    }

    /** The organisation itself: its org units, HR history and leavers, then its programmes, cohorts and enrolments. */
    void organisation(DemoOrganisation organisation) {
        DemoFile.peopleAndProgrammes(organisation).forEach(file -> commit(file.kind(), file.name(), file.content()));
    }

    /** The evaluation data of the organisation: its cost ledger (with the rate of its foreign currency), its employee survey, its tests and its training surveys. */
    void load(DemoOrganisation organisation) {
        rates.add(
                new ExchangeRate(
                        Currency.getInstance(DemoCostLedger.FOREIGN),
                        Currency.getInstance("EUR"),
                        DemoCostLedger.FOREIGN_RATE,
                        organisation.spec().firstMonth().minusYears(1).atDay(1),
                        "Demo: a rounded reference rate"),
                DemoLoader.OWNER);
        commit("cost-lines", DemoCostLedger.FILE_NAME, DemoCostLedger.csv(organisation));
        commit("engagement", DemoEngagement.FILE_NAME, DemoEngagement.csv(organisation));
        commit("assessments", DemoAssessments.FILE_NAME, DemoAssessments.csv(organisation));
        commit("survey-responses", DemoSurveys.FILE_NAME, DemoSurveys.csv(organisation));
        commit("kpi-definitions", DemoKpis.DEFINITIONS_FILE, DemoKpis.definitions());
        DemoKpis.observations(organisation).forEach((name, content) -> commit("kpi-observations", name, content));
    }

    private void commit(String kind, String name, byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("rendement-demo", ".csv");
            Files.write(file, content);
            ImportRecord preview = imports.preview(kind, file, name, DemoLoader.OWNER);
            if (preview.hasProblems() || preview.rowsRead() == 0) {
                throw new IllegalStateException("The demo's " + name + " does not import whole: import " + preview.id()
                        + " has " + preview.rowsWithProblems() + " rows with problems");
            }
            imports.commit(preview.id(), false, DemoLoader.OWNER);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file the system removes in time
                }
            }
        }
    }
}
