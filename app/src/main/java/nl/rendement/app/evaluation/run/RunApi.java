package nl.rendement.app.evaluation.run;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.trail.PersonLevel;
import nl.rendement.app.programme.ProgrammeAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A programme's evaluation runs and result versions as JSON (docs/api.md): ask for a run (the
 * worker evaluates it in the background; this call never does), list runs and versions, read a
 * version's result with its trail and what changed since the latest frozen version, freeze a
 * version as reported, and download a version's evaluation file, which {@code evaluate} turns
 * into the same result. Within the caller's access exactly as the programme pages.
 */
@RestController
@RequestMapping(path = "/api/programmes/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Evaluation runs and results",
        description = "Runs evaluate a plan on the stored data; versions keep results.")
class RunApi {

    private final Runs runs;
    private final ProgrammeAccess access;

    RunApi(Runs runs, ProgrammeAccess access) {
        this.runs = runs;
        this.access = access;
    }

    /** Why a run is asked for. */
    record RunRequest(
            @Schema(description = "Why the run is asked for")
            String cause) {}

    /** A version's label as reported. */
    record FreezeRequest(
            @Schema(description = "What the version was reported as, e.g. \"Board, Q2 2026\"")
            String label) {}

    /** A version without its result. */
    record VersionSummary(
            int number,
            long runId,
            Optional<Integer> planRevision,
            Optional<String> fingerprint,
            Optional<Instant> finishedAt,
            Optional<Run.Frozen> frozen,
            int erasedRows,
            Optional<Instant> erasedAt) {

        static VersionSummary of(Runs.Version version) {
            Run run = version.run();
            return new VersionSummary(
                    version.number(),
                    run.id(),
                    run.planRevision(),
                    run.fingerprint(),
                    run.finishedAt(),
                    run.frozen(),
                    run.erasedRows(),
                    run.erasedAt());
        }
    }

    /** A version with its result document (docs/evaluation-result.md) and, for the latest, what changed since the frozen one before it. */
    record VersionResponse(VersionSummary version, Optional<ChangedSince> changedSince, JsonNode result) {}

    /** The frozen version the latest is compared with, and the figures that differ. */
    record ChangedSince(int frozenVersion, String label, List<VersionChanges.FigureChange> changes) {}

    @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary =
                    "Asks for a run of the programme's plan on the stored data; the one already queued if any (role ANALYST)")
    Run request(
            @PathVariable @Parameter(description = "The programme's id") long id,
            @RequestBody RunRequest body,
            Principal caller) {
        access.editable(id);
        String cause = body.cause() == null || body.cause().isBlank()
                ? "asked for through the API"
                : body.cause().strip();
        return runs.request(id, cause, caller.getName());
    }

    @GetMapping("/runs")
    @Operation(summary = "The programme's runs, the latest first, with their state (role VIEWER)")
    List<Run> runs(@PathVariable long id) {
        access.visible(id);
        return runs.of(id);
    }

    @GetMapping("/versions")
    @Operation(summary = "The programme's result versions, the latest first, without their results (role VIEWER)")
    List<VersionSummary> versions(@PathVariable long id) {
        access.visible(id);
        return runs.versions(id).stream().map(VersionSummary::of).toList();
    }

    @GetMapping("/versions/current")
    @Operation(
            summary =
                    "The latest result version with its trail, and what changed since the latest frozen version (role VIEWER)")
    VersionResponse current(@PathVariable long id, HttpServletRequest request) {
        access.visible(id);
        Runs.Version current = runs.current(id).orElseThrow(() -> new RunRejected("version", "run.error.noResult"));
        Optional<ChangedSince> since = runs.changedSince(id)
                .map(changed -> new ChangedSince(
                        changed.frozen().number(),
                        changed.frozen().run().frozen().orElseThrow().label(),
                        changed.changes()));
        return new VersionResponse(
                VersionSummary.of(current), since, JsonMapper.shared().readTree(shown(id, current, request)));
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "One result version with its trail (role VIEWER)")
    VersionResponse version(@PathVariable long id, @PathVariable int number, HttpServletRequest request) {
        access.visible(id);
        Runs.Version version =
                runs.version(id, number).orElseThrow(() -> new RunRejected("version", "run.error.noVersion", number));
        return new VersionResponse(
                VersionSummary.of(version),
                Optional.empty(),
                JsonMapper.shared().readTree(shown(id, version, request)));
    }

    /**
     * The version's result as the caller may read it: whole for analysts who see the programme
     * whole, else without person-level facts and per-person rows, as the pages show it.
     */
    private String shown(long id, Runs.Version version, HttpServletRequest request) {
        return request.isUserInRole("ANALYST") && access.seesWhole(id)
                ? version.result()
                : PersonLevel.withheld(version.result());
    }

    @PostMapping(path = "/versions/{number}/freeze", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Freezes a version as reported under a label; its figures never change (role ANALYST)")
    VersionSummary freeze(
            @PathVariable long id, @PathVariable int number, @RequestBody FreezeRequest body, Principal caller) {
        access.editable(id);
        return VersionSummary.of(runs.freeze(id, number, body.label(), caller.getName()));
    }

    @GetMapping(path = "/versions/{number}/evaluation.zip", produces = "application/zip")
    @Operation(
            summary = "The version's evaluation file and tables as a ZIP; `evaluate` gives its result (role ANALYST)")
    ResponseEntity<byte[]> evaluationFile(@PathVariable long id, @PathVariable int number) {
        access.editable(id);
        Runs.Version version =
                runs.version(id, number).orElseThrow(() -> new RunRejected("version", "run.error.noVersion", number));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"evaluation-" + id + "-v" + number + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(runs.files(version.run().id()).zip());
    }
}
