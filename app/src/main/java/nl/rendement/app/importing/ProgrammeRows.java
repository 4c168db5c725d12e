package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.ProgrammeFormats.DELIVERY_MODE;
import static nl.rendement.app.importing.formats.ProgrammeFormats.DESCRIPTION;
import static nl.rendement.app.importing.formats.ProgrammeFormats.DUE_DATE;
import static nl.rendement.app.importing.formats.ProgrammeFormats.MANDATORY;
import static nl.rendement.app.importing.formats.ProgrammeFormats.NAME;
import static nl.rendement.app.importing.formats.ProgrammeFormats.ROI_OBJECTIVE;
import static nl.rendement.app.importing.formats.ProgrammeFormats.SPONSOR;
import static nl.rendement.app.importing.formats.ProgrammeFormats.STATUS;
import static nl.rendement.app.importing.formats.ProgrammeFormats.TARGET_LEVEL;
import static nl.rendement.app.importing.formats.ProgrammeFormats.TARGET_POPULATION;
import static nl.rendement.app.importing.formats.ProgrammeFormats.TYPE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.rendement.app.importing.formats.ProgrammeFormats;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeRejected;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;

/**
 * Reads the rows of one programmes file into programme details, each thing the catalogue would
 * refuse reported as the row's problem first: a name or LMS course an earlier row has, a course of
 * another programme, words that are no type, status or delivery mode, a due date without
 * 'mandatory' or the reverse, an ROI objective or target level out of range.
 */
final class ProgrammeRows {

    /** The details of a new programme are checked before the uploader becomes its owner, at commit. */
    static final long OWNER_AT_COMMIT = Long.MAX_VALUE;

    private static final BigDecimal LOWEST_ROI = BigDecimal.valueOf(-100);
    private static final BigDecimal HIGHEST_ROI = BigDecimal.valueOf(10_000);
    private static final int ROI_DECIMALS = 3;
    private static final Map<String, Column> FIELDS = Map.of(
            "name", NAME,
            "description", DESCRIPTION,
            "sponsor", SPONSOR,
            "targetPopulation", TARGET_POPULATION,
            "lmsCourseIds", ProgrammeFormats.LMS_COURSES);

    private final ImportPlan plan;
    private final Map<String, Integer> names = new HashMap<>();
    private final CourseClaims courses;

    ProgrammeRows(ImportPlan plan, ProgrammeCatalogue catalogue) {
        this.plan = plan;
        this.courses = new CourseClaims(plan, catalogue);
    }

    /** The row's programme; empty when the row has a problem. */
    Optional<ProgrammeDetails> read(Row row) {
        String name = row.text(NAME).orElseThrow();
        Integer earlier = names.putIfAbsent(name, row.number());
        if (earlier != null) {
            plan.problem(row, NAME, name, Optional.empty(), "importing.programmes.duplicateName", earlier);
        }
        Optional<ProgrammeType> type = Coded.read(
                        plan, row, TYPE, ProgrammeFormats.TYPES, "importing.programmes.unknownType")
                .map(ProgrammeType::ofCode);
        Optional<ProgrammeStatus> status = row.text(STATUS).isEmpty()
                ? Optional.of(ProgrammeStatus.PLANNED)
                : Coded.read(plan, row, STATUS, ProgrammeFormats.STATUSES, "importing.programmes.unknownStatus")
                        .map(ProgrammeStatus::ofCode);
        Optional<DeliveryMode> mode = Coded.read(
                        plan,
                        row,
                        DELIVERY_MODE,
                        ProgrammeFormats.DELIVERY_MODES,
                        "importing.programmes.unknownDeliveryMode")
                .map(DeliveryMode::ofCode);
        boolean mandatory = row.bool(MANDATORY).orElse(false);
        Optional<LocalDate> due = dueDate(row, mandatory);
        Optional<BigDecimal> roi = roiObjective(row);
        int level = targetLevel(row);
        Set<String> courseIds = courses.claimedBy(row, name);
        if (plan.hasProblem(row)) {
            return Optional.empty();
        }
        return details(
                row,
                () -> new ProgrammeDetails(
                        name,
                        type.orElseThrow(),
                        row.text(DESCRIPTION),
                        OWNER_AT_COMMIT,
                        row.text(SPONSOR),
                        status.orElseThrow(),
                        row.text(TARGET_POPULATION),
                        mode.orElseThrow(),
                        mandatory,
                        due,
                        roi,
                        level,
                        courseIds));
    }

    private Optional<LocalDate> dueDate(Row row, boolean mandatory) {
        Optional<LocalDate> due = row.date(DUE_DATE);
        if (mandatory && due.isEmpty()) {
            plan.problem(row, DUE_DATE, "", Optional.empty(), "importing.programmes.dueDateMissing");
        } else if (!mandatory && due.isPresent()) {
            plan.problem(
                    row,
                    DUE_DATE,
                    due.get().toString(),
                    Optional.empty(),
                    "importing.programmes.dueDateNotMandatory",
                    row.header(MANDATORY));
        }
        return due;
    }

    private Optional<BigDecimal> roiObjective(Row row) {
        Optional<BigDecimal> roi = row.decimal(ROI_OBJECTIVE);
        if (roi.isPresent()
                && (roi.get().compareTo(LOWEST_ROI) < 0
                        || roi.get().compareTo(HIGHEST_ROI) > 0
                        || roi.get().stripTrailingZeros().scale() > ROI_DECIMALS)) {
            plan.problem(
                    row,
                    ROI_OBJECTIVE,
                    roi.get().toPlainString(),
                    Optional.empty(),
                    "importing.programmes.roiObjective");
        }
        return roi;
    }

    /** The target level; one outside 0 to 5 is a problem (and its value, never used, 0). */
    private int targetLevel(Row row) {
        long level = row.integer(TARGET_LEVEL).orElseThrow();
        if (level < 0 || level > 5) {
            plan.problem(
                    row, TARGET_LEVEL, String.valueOf(level), Optional.empty(), "importing.programmes.targetLevel");
            return 0;
        }
        return (int) level;
    }

    /** Details the catalogue accepts; what it still refuses (a text too long) is the row's problem. */
    private Optional<ProgrammeDetails> details(Row row, Supplier<ProgrammeDetails> build) {
        try {
            return Optional.of(build.get());
        } catch (ProgrammeRejected rejected) {
            Column column = FIELDS.getOrDefault(rejected.field(), NAME);
            plan.problem(row, column, row.text(column).orElse(""), Optional.empty(), rejected.messageKey());
            return Optional.empty();
        }
    }
}
