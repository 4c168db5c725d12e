package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.ProgrammeFormats.COHORT_DELIVERY_MODE;
import static nl.rendement.app.importing.formats.ProgrammeFormats.COHORT_NAME;
import static nl.rendement.app.importing.formats.ProgrammeFormats.END_DATE;
import static nl.rendement.app.importing.formats.ProgrammeFormats.LANGUAGE;
import static nl.rendement.app.importing.formats.ProgrammeFormats.LOCATION;
import static nl.rendement.app.importing.formats.ProgrammeFormats.PROGRAMME;
import static nl.rendement.app.importing.formats.ProgrammeFormats.START_DATE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.importing.formats.ProgrammeFormats;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeRejected;

/**
 * Reads the rows of one cohorts file into cohorts of stored programmes, each thing the register
 * would refuse reported as the row's problem first: a programme Rendement does not have, a cohort
 * an earlier row has, words that are no delivery mode or language, an end before the start.
 */
final class CohortRows {

    /** A row's cohort and the programme it belongs to. */
    record Read(Programme programme, CohortDetails details) {}

    /** The text columns of the values the register checks itself (their length). */
    private static final Map<String, Column> FIELDS = Map.of("name", COHORT_NAME, "location", LOCATION);

    private final ImportPlan plan;
    private final ProgrammeCatalogue catalogue;
    private final Map<List<String>, Integer> keys = new HashMap<>();

    CohortRows(ImportPlan plan, ProgrammeCatalogue catalogue) {
        this.plan = plan;
        this.catalogue = catalogue;
    }

    /** The row's cohort; empty when the row has a problem. */
    Optional<Read> read(Row row) {
        String programmeName = row.text(PROGRAMME).orElseThrow();
        String name = row.text(COHORT_NAME).orElseThrow();
        Optional<Programme> programme = catalogue.byName(programmeName);
        if (programme.isEmpty()) {
            plan.problem(
                    row,
                    PROGRAMME,
                    programmeName,
                    Optional.empty(),
                    "importing.cohorts.unknownProgramme",
                    programmeName);
        }
        Integer earlier = keys.putIfAbsent(List.of(programmeName, name), row.number());
        if (earlier != null) {
            plan.problem(row, COHORT_NAME, name, Optional.empty(), "importing.cohorts.duplicate", earlier);
        }
        LocalDate start = row.date(START_DATE).orElseThrow();
        LocalDate end = row.date(END_DATE).orElseThrow();
        if (end.isBefore(start)) {
            plan.problem(row, END_DATE, end.toString(), Optional.empty(), "importing.cohorts.endBeforeStart", start);
        }
        Optional<DeliveryMode> mode = Coded.read(
                        plan,
                        row,
                        COHORT_DELIVERY_MODE,
                        ProgrammeFormats.DELIVERY_MODES,
                        "importing.cohorts.unknownDeliveryMode")
                .map(DeliveryMode::ofCode);
        Optional<Locale> language = Coded.read(
                        plan, row, LANGUAGE, ProgrammeFormats.LANGUAGES, "importing.cohorts.unknownLanguage")
                .map(Locale::forLanguageTag);
        if (plan.hasProblem(row)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Read(
                    programme.get(),
                    new CohortDetails(
                            name,
                            start,
                            end,
                            mode.orElse(programme.get().details().deliveryMode()),
                            row.text(LOCATION),
                            language.orElseThrow())));
        } catch (ProgrammeRejected rejected) {
            Column column = FIELDS.getOrDefault(rejected.field(), COHORT_NAME);
            plan.problem(row, column, row.text(column).orElse(""), Optional.empty(), rejected.messageKey());
            return Optional.empty();
        }
    }
}
