package nl.rendement.app.evaluation.steps;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.evaluation.run.RunRejected;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanningDocuments;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeAccess;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.system.Formats;
import nl.rendement.engine.conversion.Technique;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's evaluation step by step (issue 10): each step page reads the stored plan and a
 * stored result version, never the engine. Analysts who see the programme whole ask for a run and
 * freeze a version as reported; the steps' changes to the plan are their own controllers'
 * ({@link GoalsController}, {@link ValueController}).
 */
@Controller
class StepsController {

    private final ProgrammeAccess access;
    private final Runs runs;
    private final Formats formats;
    private final ReasonText reasons;
    private final EvaluationPlans plans;
    private final KpiDefinitions kpis;
    private final ProgrammeCatalogue catalogue;
    private final CostLines ledger;
    private final OrgUnits units;
    private final Organisation organisation;
    private final StepCharts charts;

    StepsController(
            ProgrammeAccess access,
            Runs runs,
            Formats formats,
            ReasonText reasons,
            EvaluationPlans plans,
            KpiDefinitions kpis,
            ProgrammeCatalogue catalogue,
            CostLines ledger,
            OrgUnits units,
            Organisation organisation,
            StepCharts charts) {
        this.access = access;
        this.runs = runs;
        this.formats = formats;
        this.reasons = reasons;
        this.plans = plans;
        this.kpis = kpis;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.units = units;
        this.organisation = organisation;
        this.charts = charts;
    }

    @GetMapping("/programmes/{id}/steps/{step}")
    String step(
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam(name = "version", required = false) Integer version,
            HttpServletRequest request,
            Model model) {
        Step shown = Arrays.stream(Step.values())
                .filter(candidate -> candidate.path().equals(step))
                .findFirst()
                .orElseThrow(StepsController::notFound);
        Programme programme = access.visible(id);
        Optional<Integer> chosen = Optional.ofNullable(version);
        Optional<EvaluationPlans.StoredPlan> stored = plans.of(id);
        StepFrame frame = StepFrame.of(
                programme,
                shown,
                chosen,
                runs,
                request.isUserInRole("ANALYST") && editable(id),
                stored.map(EvaluationPlans.StoredPlan::plan));
        if (StepFrame.missing(chosen, frame)) {
            throw notFound();
        }
        model.addAttribute("frame", frame);
        if (shown == Step.GOALS) {
            stored.ifPresent(plan -> model.addAttribute(
                    "goals",
                    GoalsView.of(
                            plan.revision(),
                            plan.plan(),
                            programme.details(),
                            catalogue.roiObjective(programme),
                            kpis.all(),
                            formats)));
        }
        if (shown == Step.BASELINE && frame.editable()) {
            stored.ifPresent(plan -> model.addAttribute("baselineForms", BaselineForms.of(plan, units.all())));
        }
        if (shown == Step.VALUE) {
            model.addAttribute("plan", stored.orElse(null));
            List<CostLine> lines = List.copyOf(ledger.ofProgrammes(List.of(id)).values());
            List<Kpi> library = kpis.all();
            stored.ifPresent(plan -> {
                model.addAttribute(
                        "documents",
                        PlanningDocuments.of(
                                programme,
                                plan.plan(),
                                library,
                                lines,
                                catalogue
                                        .ownerName(programme)
                                        .orElseGet(() -> reasons.message("programmes.owner.unknown"))));
                model.addAttribute("planned", ValuePlan.of(plan.plan(), lines, library, formats));
            });
            model.addAttribute("techniques", Technique.values());
            model.addAttribute("revisions", request.isUserInRole("ANALYST") ? plans.revisions(id) : List.of());
        }
        if (shown == Step.ROI) {
            stored.ifPresent(plan -> model.addAttribute(
                    "assumptions",
                    RoiAssumptions.of(plan, organisation.settings().discountRatePercent(), kpis.all(), formats)));
        }
        frame.result().ifPresent(result -> {
            switch (shown) {
                case BASELINE ->
                    model.addAttribute(
                            "baseline",
                            BaselineView.of(stored.map(EvaluationPlans.StoredPlan::plan), result, formats, reasons));
                case MEASURE -> {
                    MeasureView measure = MeasureView.of(result, formats, reasons);
                    model.addAttribute("measure", measure);
                    model.addAttribute("charts", charts.measure(frame.version().orElseThrow(), result, measure));
                }
                case ROI -> {
                    RoiView roi = RoiView.of(result, formats, reasons);
                    model.addAttribute("roi", roi);
                    model.addAttribute("charts", charts.roi(frame.version().orElseThrow(), result, roi));
                }
                case VALUE -> model.addAttribute("value", ValueView.of(result, formats, reasons));
                case PRESENT -> {
                    PresentView present = PresentView.of(
                            result,
                            stored.map(EvaluationPlans.StoredPlan::plan),
                            programme.details().type(),
                            formats,
                            reasons);
                    model.addAttribute("present", present);
                    model.addAttribute("charts", charts.present(frame.version().orElseThrow(), result, present));
                }
                default -> {
                    // Goals reads the plan, not a result
                }
            }
        });
        return "steps/" + shown.path();
    }

    /** Asks for a run of the programme's plan; the worker evaluates it in the background. */
    @PostMapping("/programmes/{id}/runs")
    String run(
            @PathVariable long id,
            @RequestParam(name = "back", defaultValue = "roi") String back,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        runs.request(id, "asked for on the step page", user.getName());
        redirect.addFlashAttribute("notice", "steps.run.asked");
        return "redirect:/programmes/" + id + "/steps/" + page(back);
    }

    /** Freezes a version as reported under a label. */
    @PostMapping("/programmes/{id}/versions/{number}/freeze")
    String freeze(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(name = "label", defaultValue = "") String label,
            @RequestParam(name = "back", defaultValue = "roi") String back,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        try {
            runs.freeze(id, number, label, user.getName());
            redirect.addFlashAttribute("notice", "steps.frozen");
        } catch (RunRejected refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        return "redirect:/programmes/" + id + "/steps/" + page(back) + "?version=" + number;
    }

    private boolean editable(long id) {
        try {
            access.editable(id);
            return true;
        } catch (ResponseStatusException forbidden) {
            return false;
        }
    }

    /** A step's path to go back to, never anything else. */
    private static String page(String back) {
        return Arrays.stream(Step.values())
                .map(Step::path)
                .filter(back::equals)
                .findFirst()
                .orElse(Step.ROI.path());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
