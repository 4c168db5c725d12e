package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a programme is, as an analyst describes it. Percentages are percentages: 25 means 25%.
 *
 * @param roiObjectivePercent the ROI this programme must reach; empty: the organisation's default
 * @param targetLevel the highest evaluation level planned, 0 (inputs) to 5 (ROI)
 * @param lmsCourseIds the LMS courses that make up this programme; each belongs to one programme
 */
public record ProgrammeDetails(
        String name,
        ProgrammeType type,
        Optional<String> description,
        long ownerId,
        Optional<String> sponsor,
        ProgrammeStatus status,
        Optional<String> targetPopulation,
        DeliveryMode deliveryMode,
        boolean mandatory,
        Optional<LocalDate> dueDate,
        Optional<BigDecimal> roiObjectivePercent,
        int targetLevel,
        Set<String> lmsCourseIds) {

    static final int MAX_COURSE_ID = 128;

    public ProgrammeDetails {
        name = Checks.text(name, 200, "name", "programme.error.name");
        Checks.present(type, "type", "programme.error.type");
        description = Checks.optionalText(description, 4000, "description", "programme.error.description");
        if (ownerId <= 0) {
            throw new ProgrammeRejected("ownerId", "programme.error.owner");
        }
        sponsor = Checks.optionalText(sponsor, 200, "sponsor", "programme.error.sponsor");
        Checks.present(status, "status", "programme.error.status");
        targetPopulation =
                Checks.optionalText(targetPopulation, 500, "targetPopulation", "programme.error.targetPopulation");
        Checks.present(deliveryMode, "deliveryMode", "programme.error.deliveryMode");
        Objects.requireNonNull(dueDate, "dueDate");
        if (mandatory != dueDate.isPresent()) {
            throw new ProgrammeRejected("dueDate", "programme.error.dueDate");
        }
        roiObjectivePercent = Objects.requireNonNull(roiObjectivePercent, "roiObjectivePercent")
                .map(percent -> Checks.decimal(
                        percent, "-100", "10000", 3, "roiObjectivePercent", "programme.error.roiObjective"));
        if (targetLevel < 0 || targetLevel > 5) {
            throw new ProgrammeRejected("targetLevel", "programme.error.targetLevel");
        }
        lmsCourseIds = courseIds(lmsCourseIds);
    }

    private static SortedSet<String> courseIds(Set<String> given) {
        SortedSet<String> ids = new TreeSet<>();
        for (String id : Objects.requireNonNull(given, "lmsCourseIds")) {
            if (!ids.add(Checks.text(id, MAX_COURSE_ID, "lmsCourseIds", "programme.error.lmsCourseId"))) {
                throw new ProgrammeRejected("lmsCourseIds", "programme.error.lmsCourseId.repeated");
            }
        }
        return Collections.unmodifiableSortedSet(ids);
    }

    /** Every value but the course ids by its stored name, as text that compares and audits. */
    Map<String, String> described() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("type", type.code());
        values.put("description", description.orElse(null));
        values.put("owner_id", String.valueOf(ownerId));
        values.put("sponsor", sponsor.orElse(null));
        values.put("status", status.code());
        values.put("target_population", targetPopulation.orElse(null));
        values.put("delivery_mode", deliveryMode.code());
        values.put("mandatory", String.valueOf(mandatory));
        values.put("due_date", dueDate.map(LocalDate::toString).orElse(null));
        values.put(
                "roi_objective_percent",
                roiObjectivePercent.map(BigDecimal::toPlainString).orElse(null));
        values.put("target_level", String.valueOf(targetLevel));
        return values;
    }
}
