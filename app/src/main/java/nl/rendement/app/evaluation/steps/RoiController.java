package nl.rendement.app.evaluation.steps;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanRejected;
import nl.rendement.app.plan.PlanSection;
import nl.rendement.app.programme.ProgrammeAccess;
import nl.rendement.app.system.Formats;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.isolation.HeadlineRule;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ROI step's changes to the assumptions behind the ROI, each a revision of the plan with a
 * reason: the horizon, the discount rate (the plan's own or the organisation's), the headline and
 * extreme-claim rules, and the forecast (its participants and measures, its projected cost lines,
 * or none). Numbers are read as the reader's language writes them; the run that follows shows
 * the new figures.
 */
@Controller
class RoiController {

    private static final String FORECAST_LINE = "forecast-";

    private final ProgrammeAccess access;
    private final EvaluationPlans plans;
    private final StepEdits edits;
    private final Formats formats;
    private final KpiDefinitions kpis;

    RoiController(
            ProgrammeAccess access, EvaluationPlans plans, StepEdits edits, Formats formats, KpiDefinitions kpis) {
        this.access = access;
        this.plans = plans;
        this.edits = edits;
        this.formats = formats;
        this.kpis = kpis;
    }

    /** Months of benefits counted, with the justification any horizon but a year needs. */
    @PostMapping("/programmes/{id}/steps/roi/horizon")
    String horizon(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "months", defaultValue = "") String months,
            @RequestParam(name = "justification", defaultValue = "") String justification,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                () -> replace(
                        user,
                        id,
                        revision,
                        PlanSection.HORIZON,
                        new EvaluationPlan.Horizon(edits.whole(months, "horizon.months"), optional(justification)),
                        reason));
    }

    /** The plan's own discount rate with its justification, or ("organisation") the organisation's again. */
    @PostMapping("/programmes/{id}/steps/roi/discount-rate")
    String discountRate(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "percent", defaultValue = "") String percent,
            @RequestParam(name = "justification", defaultValue = "") String justification,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "organisation", defaultValue = "false") boolean organisation,
            Principal user,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                () -> replace(
                        user,
                        id,
                        revision,
                        PlanSection.DISCOUNT_RATE,
                        organisation
                                ? null
                                : new EvaluationPlan.DiscountRate(
                                        edits.decimal(percent, "discountRate.percent"), justification),
                        reason));
    }

    /** Which candidate makes a measure's headline, and whether the extreme-claim rule applies. */
    @PostMapping("/programmes/{id}/steps/roi/rules")
    String rules(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "headline", defaultValue = "") String headline,
            @RequestParam(name = "extremeClaimRule", defaultValue = "false") boolean extremeClaimRule,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                () -> replace(
                        user,
                        id,
                        revision,
                        PlanSection.RULES,
                        new EvaluationPlan.Rules(
                                StepEdits.choice(headline, HeadlineRule.class, "rules.headline"), extremeClaimRule),
                        reason));
    }

    /**
     * The forecast's expected participants and, per plan measure, its change per period (low,
     * expected, high) with attribution and confidence; a measure left blank is not forecast, and
     * one without a value of a unit (the plan's or the library's) cannot be. The projected cost
     * lines stay as they are.
     */
    @PostMapping("/programmes/{id}/steps/roi/forecast")
    String forecast(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            EvaluationPlan plan = plans.planOf(id);
            List<EvaluationPlan.ForecastMeasure> measures = new ArrayList<>();
            for (EvaluationPlan.Measure measure : plan.measures()) {
                String kpi = measure.kpi();
                List<String> fields = Stream.of("low", "expected", "high", "attribution", "confidence")
                        .map(field -> form.getOrDefault(field + "." + kpi, ""))
                        .toList();
                if (fields.stream().anyMatch(field -> !field.isBlank())) {
                    valued(measure);
                    measures.add(new EvaluationPlan.ForecastMeasure(
                            kpi,
                            edits.decimal(fields.get(0), "forecast.measures.low"),
                            edits.decimal(fields.get(1), "forecast.measures.expected"),
                            edits.decimal(fields.get(2), "forecast.measures.high"),
                            edits.decimal(fields.get(3), "forecast.measures.attributionPercent"),
                            edits.decimal(fields.get(4), "forecast.measures.confidencePercent")));
                }
            }
            EvaluationPlan.Forecast forecast = new EvaluationPlan.Forecast(
                    edits.whole(form.getOrDefault("participants", ""), "forecast.expectedParticipants"),
                    measures,
                    plan.forecast().map(EvaluationPlan.Forecast::costs).orElse(List.of()));
            return replace(user, id, revision, PlanSection.FORECAST, forecast, reason);
        });
    }

    /** The plan without a forecast. */
    @PostMapping("/programmes/{id}/steps/roi/forecast/remove")
    String removeForecast(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> replace(user, id, revision, PlanSection.FORECAST, null, reason));
    }

    /** A cost the forecast projects, in the reporting currency, on the day it is expected. */
    @PostMapping("/programmes/{id}/steps/roi/forecast/costs/add")
    String addCost(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "category", defaultValue = "") String category,
            @RequestParam(name = "description", defaultValue = "") String description,
            @RequestParam(name = "amount", defaultValue = "") String amount,
            @RequestParam(name = "date", defaultValue = "") String date,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            EvaluationPlan.Forecast forecast = forecast(id);
            List<EvaluationPlan.ProjectedLine> costs = new ArrayList<>(forecast.costs());
            costs.add(new EvaluationPlan.ProjectedLine(
                    unusedId(costs),
                    StepEdits.choice(category, CostCategory.class, "forecast.costs.category"),
                    description,
                    edits.decimal(amount, "forecast.costs.amount"),
                    formats.parseDate(date)
                            .orElseThrow(() -> new PlanRejected("forecast.costs.date", "steps.roi.error.date", date))));
            return replace(user, id, revision, PlanSection.FORECAST, withCosts(forecast, costs), reason);
        });
    }

    /** The forecast without one of its projected cost lines. */
    @PostMapping("/programmes/{id}/steps/roi/forecast/costs/{index}/remove")
    String removeCost(
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            EvaluationPlan.Forecast forecast = forecast(id);
            if (index < 0 || index >= forecast.costs().size()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            List<EvaluationPlan.ProjectedLine> costs = new ArrayList<>(forecast.costs());
            costs.remove(index);
            return replace(user, id, revision, PlanSection.FORECAST, withCosts(forecast, costs), reason);
        });
    }

    /** Makes the change as an analyst who sees the programme whole; a refusal comes back in words, nothing stored. */
    private String change(long id, RedirectAttributes redirect, Supplier<?> change) {
        access.editable(id);
        return edits.change(id, Step.ROI, redirect, change);
    }

    private EvaluationPlans.StoredPlan replace(
            Principal user, long id, int revision, PlanSection section, Object value, String reason) {
        return plans.editSection(user.getName(), id, revision, section, value, reason);
    }

    private EvaluationPlan.Forecast forecast(long id) {
        return plans.planOf(id)
                .forecast()
                .orElseThrow(() -> new PlanRejected("forecast", "steps.roi.error.noForecast"));
    }

    /** Refuses a forecast of a measure that adds no money: it has no value of a unit, the plan's or the library's. */
    private void valued(EvaluationPlan.Measure measure) {
        Optional<Kpi> kpi = kpis.byCode(measure.kpi());
        if (!RoiAssumptions.valued(measure, kpi)) {
            throw new PlanRejected(
                    "forecast.measures.kpi",
                    "steps.roi.error.noValue",
                    kpi.map(known -> known.definition().name()).orElse(measure.kpi()));
        }
    }

    private static EvaluationPlan.Forecast withCosts(
            EvaluationPlan.Forecast forecast, List<EvaluationPlan.ProjectedLine> costs) {
        return new EvaluationPlan.Forecast(forecast.expectedParticipants(), forecast.measures(), costs);
    }

    /** The first "forecast-n" no projected line has yet. */
    private static String unusedId(List<EvaluationPlan.ProjectedLine> costs) {
        int n = 1;
        while (costs.stream().map(EvaluationPlan.ProjectedLine::id).toList().contains(FORECAST_LINE + n)) {
            n++;
        }
        return FORECAST_LINE + n;
    }

    private static Optional<String> optional(String text) {
        return Optional.of(text.strip()).filter(given -> !given.isEmpty());
    }
}
