package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** A programme as a form would fill it in: every field set, each changeable before building. */
final class ProgrammeDraft {

    String name = "Leiderschap in de zorg";
    ProgrammeType type = ProgrammeType.LEADERSHIP;
    Optional<String> description = Optional.of("Twaalf weken leidinggeven aan zelforganiserende teams.");
    long ownerId;
    Optional<String> sponsor = Optional.of("Directeur Zorg");
    ProgrammeStatus status = ProgrammeStatus.RUNNING;
    Optional<String> targetPopulation = Optional.of("Teamleiders in de thuiszorg");
    DeliveryMode deliveryMode = DeliveryMode.BLENDED;
    boolean mandatory = true;
    Optional<LocalDate> dueDate = Optional.of(LocalDate.of(2025, 12, 31));
    Optional<BigDecimal> roiObjectivePercent = Optional.of(new BigDecimal("40.5"));
    int targetLevel = 5;
    Set<String> lmsCourseIds = Set.of("LMS-LEAD-01", "LMS-LEAD-02");

    ProgrammeDraft(long ownerId) {
        this.ownerId = ownerId;
    }

    ProgrammeDraft with(Consumer<ProgrammeDraft> change) {
        change.accept(this);
        return this;
    }

    /** The least a programme needs: every optional value empty, not mandatory, no courses. */
    ProgrammeDraft bare() {
        description = Optional.empty();
        sponsor = Optional.empty();
        targetPopulation = Optional.empty();
        mandatory = false;
        dueDate = Optional.empty();
        roiObjectivePercent = Optional.empty();
        lmsCourseIds = Set.of();
        return this;
    }

    ProgrammeDetails build() {
        return new ProgrammeDetails(
                name,
                type,
                description,
                ownerId,
                sponsor,
                status,
                targetPopulation,
                deliveryMode,
                mandatory,
                dueDate,
                roiObjectivePercent,
                targetLevel,
                lmsCourseIds);
    }
}
