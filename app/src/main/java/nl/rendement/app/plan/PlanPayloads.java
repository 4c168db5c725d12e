package nl.rendement.app.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What the plan's JSON API (docs/api.md) takes and answers. The plan travels as the very document
 * Rendement stores ({@link PlanDocuments}), so what a client reads it can send back unchanged.
 */
final class PlanPayloads {

    private PlanPayloads() {}

    @Schema(description = "A new plan: the plan document, or none for the defaults of the programme's type.")
    record CreatePlan(
            @Schema(
                    description = "Why the plan is made.",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "Agreed with the sponsor")
            String reason,

            @Schema(implementation = EvaluationPlan.class, description = "The plan; without it, the defaults.")
            Optional<JsonNode> plan) {}

    @Schema(description = "One section replaced as a whole, made on the plan at `revision`.")
    record EditSection(
            @Schema(
                    description = "The revision the change was made on.",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "1")
            Integer revision,

            @Schema(
                    description = "Why the section changes.",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "The sponsor counts two years")
            String reason,

            @Schema(
                    description = "The section's new value, as in the plan document;"
                            + " none removes an optional section (discountRate, forecast).",
                    implementation = Object.class,
                    example = "{\"months\": 24, \"justification\": \"Leaders stay in role for years\"}")
            JsonNode value) {}

    @Schema(description = "Undoes the latest revision, which must be `revision`.")
    record UndoChange(
            @Schema(
                    description = "The latest revision, the one undone.",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "2")
            Integer revision,

            @Schema(
                    description = "Why it is undone.",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "Back to a year of benefits")
            String reason) {}

    @Schema(description = "A programme's plan at one revision.")
    record PlanResponse(
            long programmeId,
            int revision,

            @Schema(implementation = EvaluationPlan.class, description = "The plan document.")
            JsonNode plan) {

        static PlanResponse of(EvaluationPlans.StoredPlan stored) {
            return new PlanResponse(stored.programmeId(), stored.revision(), PlanDocuments.tree(stored.plan()));
        }
    }

    @Schema(description = "One revision: the section it changed (none: the creation), who, when, why, and each change.")
    record RevisionResponse(
            int revision,
            @Schema(example = "horizon") Optional<String> section,
            Instant changedAt,
            String changedBy,
            String reason,

            @Schema(description = "The revision this one undid, if it is an undo.")
            Optional<Integer> undoes,

            List<PlanChange> changes) {

        static RevisionResponse of(PlanRevision revision) {
            return new RevisionResponse(
                    revision.revision(),
                    revision.section().map(PlanSection::property),
                    revision.changedAt(),
                    revision.changedBy(),
                    revision.reason(),
                    revision.undoes(),
                    revision.changes());
        }
    }

    @Schema(
            description =
                    "Phillips' data collection plan and ROI analysis plan, generated from the plan at `revision`.")
    record DocumentsResponse(
            long programmeId,
            int revision,
            List<PlanningDocuments.CollectionRow> dataCollection,
            List<PlanningDocuments.AnalysisRow> roiAnalysis) {}
}
