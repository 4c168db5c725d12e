package nl.rendement.app.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.plan.PlanPayloads.CreatePlan;
import nl.rendement.app.plan.PlanPayloads.DocumentsResponse;
import nl.rendement.app.plan.PlanPayloads.EditSection;
import nl.rendement.app.plan.PlanPayloads.PlanResponse;
import nl.rendement.app.plan.PlanPayloads.RevisionResponse;
import nl.rendement.app.plan.PlanPayloads.UndoChange;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeAccess;
import nl.rendement.app.programme.ProgrammeCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's evaluation plan as JSON (docs/api.md): read it, create it, change a section,
 * undo the latest change, list its revisions and generate its planning documents, seen and
 * changed within the caller's access exactly as on the programme pages.
 */
@RestController
@RequestMapping(path = "/api/programmes/{id}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evaluation plans", description = "One plan per programme, changed a section at a time with a reason.")
class PlanApi {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final EvaluationPlans plans;
    private final ProgrammeAccess access;
    private final ProgrammeCatalogue catalogue;
    private final KpiDefinitions kpis;
    private final CostLines ledger;
    private final MessageSource messages;

    PlanApi(
            EvaluationPlans plans,
            ProgrammeAccess access,
            ProgrammeCatalogue catalogue,
            KpiDefinitions kpis,
            CostLines ledger,
            MessageSource messages) {
        this.plans = plans;
        this.access = access;
        this.catalogue = catalogue;
        this.kpis = kpis;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The programme's plan at its latest revision (role VIEWER)")
    PlanResponse plan(@PathVariable @Parameter(description = "The programme's id") long id) {
        access.visible(id);
        return PlanResponse.of(stored(id));
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Creates the plan, from the document given or the defaults (role ANALYST)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlanResponse> create(
            @PathVariable long id, @RequestBody CreatePlan body, Principal caller, Locale locale) {
        Programme programme = access.editable(id);
        EvaluationPlan plan = body.plan()
                .map(PlanDocuments::read)
                .orElseGet(() -> PlanDefaults.of(
                        programme, kpis.all(), messages.getMessage("plan.default.comparison", null, locale)));
        EvaluationPlans.StoredPlan stored = plans.create(caller.getName(), id, plan, body.reason());
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/plan"))
                .body(PlanResponse.of(stored));
    }

    @PutMapping(path = "/{section}", consumes = JSON)
    @Operation(summary = "Replaces one section of the plan, with a reason (role ANALYST)")
    PlanResponse edit(
            @PathVariable long id,
            @PathVariable
                    @Parameter(
                            description = "The section: goals, objectives, measures, windows, comparison, horizon,"
                                    + " discountRate, costs, intangibles, expectations, forecast or rules",
                            example = "horizon")
                    String section,
            @RequestBody EditSection body,
            Principal caller) {
        access.editable(id);
        PlanSection named = PlanSection.named(section)
                .orElseThrow(() -> new PlanRejected("section", "plan.error.unknownSection", section));
        return PlanResponse.of(
                plans.edit(caller.getName(), id, revision(body.revision()), named, body.value(), body.reason()));
    }

    @PostMapping(path = "/undo", consumes = JSON)
    @Operation(summary = "Undoes the latest revision, as a new revision (role ANALYST)")
    PlanResponse undo(@PathVariable long id, @RequestBody UndoChange body, Principal caller) {
        access.editable(id);
        return PlanResponse.of(plans.undo(caller.getName(), id, revision(body.revision()), body.reason()));
    }

    @GetMapping("/revisions")
    @Operation(summary = "Every revision, the latest first, with the fields each changed (role ANALYST)")
    List<RevisionResponse> revisions(@PathVariable long id) {
        access.visible(id);
        stored(id);
        return plans.revisions(id).stream().map(RevisionResponse::of).toList();
    }

    @GetMapping("/documents")
    @Operation(summary = "The data collection plan and ROI analysis plan generated from the plan (role VIEWER)")
    DocumentsResponse documents(@PathVariable long id, Locale locale) {
        Programme programme = access.visible(id);
        EvaluationPlans.StoredPlan stored = stored(id);
        String owner = catalogue
                .ownerName(programme)
                .orElseGet(() -> messages.getMessage("programmes.owner.unknown", null, locale));
        PlanningDocuments documents = PlanningDocuments.of(
                programme,
                stored.plan(),
                kpis.all(),
                List.copyOf(ledger.ofProgrammes(List.of(id)).values()),
                owner);
        return new DocumentsResponse(id, stored.revision(), documents.dataCollection(), documents.roiAnalysis());
    }

    private EvaluationPlans.StoredPlan stored(long id) {
        return plans.of(id).orElseThrow(() -> new PlanRejected("programmeId", "plan.error.noPlan"));
    }

    private static int revision(Integer revision) {
        if (revision == null) {
            throw new PlanRejected("revision", "plan.error.required");
        }
        return revision;
    }
}
