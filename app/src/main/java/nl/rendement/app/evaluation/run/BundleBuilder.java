package nl.rendement.app.evaluation.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.costs.ExchangeRates;
import nl.rendement.app.costs.LineCategory;
import nl.rendement.app.evaluation.run.RunData.Enrolment;
import nl.rendement.app.evaluation.run.RunData.EstimateRow;
import nl.rendement.app.evaluation.run.RunData.Period;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.organisation.OrganisationSettings;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.measures.Aggregation;
import org.apache.commons.statistics.descriptive.Median;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Turns a programme's plan and the organisation's stored data into its evaluation file
 * (docs/evaluation-plans.md, "From stored data to an evaluation"): the organisation's settings
 * with the plan's overrides, the programme's participants, one measure per planned KPI with the
 * value of a unit (the plan's own or the library's), its estimates and its control group, the
 * ledger lines as the plan selects them, participants' time at their salary when their cohort
 * began, the exchange rates, intangibles and the forecast. People are named by pseudonym.
 */
@Component
class BundleBuilder {

    static final String PARTICIPANTS = "participants.csv";
    static final String COSTS = "costs.csv";
    static final String PARTICIPANT_TIME = "participant-time.csv";

    /** The tenure from which a person counts as tenured, for a time-to-threshold reference. */
    static final int TENURED_MONTHS = 12;

    private final RunData data;
    private final Organisation organisation;
    private final ProgrammeCatalogue programmes;
    private final KpiDefinitions kpis;
    private final CostLines ledger;
    private final ExchangeRates rates;

    BundleBuilder(
            RunData data,
            Organisation organisation,
            ProgrammeCatalogue programmes,
            KpiDefinitions kpis,
            CostLines ledger,
            ExchangeRates rates) {
        this.data = data;
        this.organisation = organisation;
        this.programmes = programmes;
        this.kpis = kpis;
        this.ledger = ledger;
        this.rates = rates;
    }

    EvaluationBundle build(Programme programme, EvaluationPlan plan) {
        OrganisationSettings settings = organisation.settings();
        List<Enrolment> enrolments = data.enrolments(programme.id());
        Map<String, String> tables = new TreeMap<>();
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("programme", programme.details().name());
        yaml.put("settings", settings(settings, programme, plan));
        Map<String, Object> horizon = new LinkedHashMap<>();
        horizon.put("months", plan.horizon().months());
        plan.horizon().justification().ifPresent(text -> horizon.put("justification", text));
        yaml.put("horizon", horizon);
        tables.put(PARTICIPANTS, participants(enrolments));
        yaml.put("participants", PARTICIPANTS);
        List<Object> measures = new ArrayList<>();
        Eligibility eligible = data.eligibility(plan.comparison().units());
        for (EvaluationPlan.Measure measure : plan.measures()) {
            Kpi kpi = kpis.byCode(measure.kpi())
                    .orElseThrow(() -> new IllegalStateException("The library lost KPI " + measure.kpi()));
            measures.add(measure(programme, plan, measure, kpi, enrolments, eligible, tables));
        }
        yaml.put("measures", measures);
        Map<Long, List<Period>> periods = data.periods(programme.id());
        yaml.put("costs", costs(programme, plan, enrolments, periods, tables));
        List<Object> exchange = rates.all().stream()
                .map(recorded -> map(
                        "from", recorded.rate().from().getCurrencyCode(),
                        "to", recorded.rate().to().getCurrencyCode(),
                        "rate", recorded.rate().rate(),
                        "date", recorded.rate().date().toString(),
                        "source", recorded.rate().source()))
                .collect(Collectors.toList());
        if (!exchange.isEmpty()) {
            yaml.put("exchangeRates", exchange);
        }
        if (!plan.intangibles().isEmpty()) {
            yaml.put(
                    "intangibles",
                    plan.intangibles().stream()
                            .map(intangible -> {
                                Map<String, Object> entry =
                                        map("name", intangible.name(), "description", intangible.description());
                                intangible.kpi().ifPresent(code -> entry.put("measure", code));
                                return (Object) entry;
                            })
                            .toList());
        }
        LevelTables.levels(
                        enrolments,
                        periods,
                        data.reactions(programme.id()),
                        data.scores(programme.id()),
                        data.applications(programme.id()),
                        tables)
                .ifPresent(levels -> yaml.put("levels", levels));
        plan.forecast().ifPresent(forecast -> yaml.put("forecast", forecast(forecast)));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return EvaluationBundle.of(new Yaml(options).dump(yaml), tables);
    }

    private Map<String, Object> settings(OrganisationSettings settings, Programme programme, EvaluationPlan plan) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reportingCurrency", settings.reportingCurrency().getCurrencyCode());
        values.put("employerCosts", number(settings.employerCostPercent()));
        values.put("hoursWorkedPerFteYear", number(settings.hoursPerFteYear()));
        values.put("vatReclaimable", settings.vatReclaimable());
        values.put("k", settings.anonymityThreshold());
        BigDecimal discount =
                plan.discountRate().map(EvaluationPlan.DiscountRate::percent).orElse(settings.discountRatePercent());
        if (discount.signum() > 0) {
            values.put("discountRate", number(discount));
        }
        values.put("roiObjective", number(programmes.roiObjective(programme).percent()));
        values.put("headlineRule", code(plan.rules().headline()));
        values.put("extremeClaimRule", plan.rules().extremeClaimRule());
        return values;
    }

    private static String participants(List<Enrolment> enrolments) {
        return Csv.of(writer -> {
            writer.writeRecord("id", "cohort", "start", "completed");
            enrolments.forEach(enrolment -> writer.writeRecord(
                    enrolment.pseudonym(),
                    enrolment.cohort(),
                    enrolment.started().orElse(enrolment.cohortStart()).toString(),
                    enrolment.completed().map(LocalDate::toString).orElse("")));
        });
    }

    private Map<String, Object> measure(
            Programme programme,
            EvaluationPlan plan,
            EvaluationPlan.Measure measure,
            Kpi kpi,
            List<Enrolment> enrolments,
            Eligibility eligible,
            Map<String, String> tables) {
        KpiDefinition definition = kpi.definition();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", kpi.code());
        entry.put("name", definition.name());
        entry.put("unit", definition.unit());
        entry.put("direction", code(definition.direction()));
        entry.put("period", code(definition.period()));
        entry.put("aggregation", code(definition.aggregation()));
        definition.thresholdSharePercent().ifPresent(share -> entry.put("thresholdShare", number(share)));
        conversion(measure, definition).ifPresent(value -> entry.put("conversion", value));
        Map<String, Object> isolation = new LinkedHashMap<>();
        if (measure.isolation().contains(EvaluationPlan.Isolation.ESTIMATES)) {
            isolation.put("estimates", estimates(programme, measure, enrolments, tables));
        }
        boolean perTeam = data.observedPerTeam(kpi.id());
        Map<Long, RunData.PersonSeries> people = perTeam ? Map.of() : data.personObservations(kpi.id());
        Set<String> comparison = Set.of();
        if (measure.isolation().contains(EvaluationPlan.Isolation.CONTROL_GROUP)) {
            CohortComparison.Rows rows = perTeam
                    ? CohortComparison.teams(
                            enrolments,
                            data.teamObservations(kpi.id()),
                            data::teamMembers,
                            eligible,
                            plan.windows(),
                            definition.aggregation())
                    : CohortComparison.of(
                            enrolments, people, enrolled(enrolments), eligible, plan, definition.aggregation());
            comparison = rows.rows().stream()
                    .filter(row -> !row.trained())
                    .map(CohortComparison.Row::person)
                    .collect(Collectors.toSet());
            String file = "control-" + kpi.code() + ".csv";
            boolean prePeriod = plan.windows().preMonths() > 0;
            tables.put(file, Csv.of(writer -> {
                writer.writeRecord("person", "cohort", "group", "pre", "post");
                rows.rows()
                        .forEach(row -> writer.writeRecord(
                                row.person(),
                                row.cohort(),
                                row.trained() ? "trained" : "control",
                                row.pre().map(CohortComparison::decimal).orElse(""),
                                CohortComparison.decimal(row.post())));
            }));
            Map<String, Object> group = map(
                    "description", plan.comparison().description(),
                    "file", file,
                    "trainedWithoutData", rows.trainedWithoutData());
            if (!prePeriod) {
                group.put("prePeriod", false);
            }
            isolation.put("controlGroup", group);
        }
        if (!isolation.isEmpty()) {
            entry.put("isolation", isolation);
        }
        if (!perTeam) {
            series(kpi, enrolments, people, comparison, eligible, entry, tables);
        }
        return entry;
    }

    /**
     * The KPI series of a person-level measure: the observations of the participants and of their
     * comparison, the control group's control people when there is one, else every eligible
     * non-participant (everyone observed who was never enrolled, in the plan's comparison units on the
     * first cohort's first day when it names any), shown unadjusted.
     */
    private void series(
            Kpi kpi,
            List<Enrolment> enrolments,
            Map<Long, RunData.PersonSeries> people,
            Set<String> controls,
            Eligibility eligible,
            Map<String, Object> entry,
            Map<String, String> tables) {
        Set<String> participants = enrolments.stream().map(Enrolment::pseudonym).collect(Collectors.toSet());
        Set<String> comparison = controls;
        if (controls.isEmpty()) {
            Set<Long> enrolled = enrolled(enrolments);
            comparison = people.entrySet().stream()
                    .filter(person -> !enrolled.contains(person.getKey())
                            && (enrolments.isEmpty()
                                    || eligible.person(
                                            person.getKey(), enrolments.get(0).cohortStart())))
                    .map(person -> person.getValue().pseudonym())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!comparison.isEmpty()) {
                String file = "eligible-" + kpi.code() + ".csv";
                Set<String> ids = comparison;
                tables.put(file, Csv.of(writer -> {
                    writer.writeRecord("id");
                    ids.forEach(writer::writeRecord);
                }));
                entry.put("eligibleNonParticipants", file);
            }
        }
        Set<String> shown = comparison;
        List<RunData.PersonSeries> observed = people.values().stream()
                .filter(person -> participants.contains(person.pseudonym()) || shown.contains(person.pseudonym()))
                .sorted(Comparator.comparing(RunData.PersonSeries::pseudonym))
                .toList();
        if (observed.isEmpty()) {
            return;
        }
        String file = "observations-" + kpi.code() + ".csv";
        tables.put(file, Csv.of(writer -> {
            writer.writeRecord("subject", "period", "value", "weight");
            observed.forEach(person -> person.months()
                    .forEach((month, value) -> writer.writeRecord(
                            person.pseudonym(),
                            month.atDay(1).toString(),
                            plain(value.value()),
                            plain(value.weight()))));
        }));
        entry.put("observations", file);
        if (kpi.definition().aggregation() == Aggregation.TIME_TO_THRESHOLD) {
            tenuredMedian(people.values()).ifPresent(median -> entry.put("tenuredMedian", median));
        }
    }

    /**
     * The reference a time-to-threshold measure's threshold is a share of: the median of every
     * monthly observation of people employed {@value #TENURED_MONTHS} months or more at the time,
     * from the store; none when nobody was.
     */
    static Optional<Map<String, Object>> tenuredMedian(Collection<RunData.PersonSeries> people) {
        List<Double> values = new ArrayList<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        for (RunData.PersonSeries person : people) {
            YearMonth tenured = YearMonth.from(person.hired()).plusMonths(TENURED_MONTHS);
            person.months().forEach((month, observed) -> {
                if (!month.isBefore(tenured)) {
                    values.add(observed.value().doubleValue());
                    months.add(month);
                }
            });
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        double median = Median.withDefaults()
                .evaluate(values.stream().mapToDouble(Double::doubleValue).toArray());
        if (!(median > 0)) {
            return Optional.empty();
        }
        return Optional.of(map(
                "value",
                number(BigDecimal.valueOf(median)),
                "basis",
                "Median of " + values.size() + " monthly observations of people employed " + TENURED_MONTHS
                        + " months or more, " + months.first() + " to " + months.last() + " (stored KPI data)"));
    }

    /** The plan's value of a unit, else the library's; none when neither has one. */
    private static Optional<Map<String, Object>> conversion(EvaluationPlan.Measure measure, KpiDefinition definition) {
        if (measure.value().isPresent()) {
            EvaluationPlan.Value value = measure.value().get();
            Map<String, Object> entry = map(
                    "technique", code(value.technique()),
                    "value", value.amount(),
                    "currency", value.currency(),
                    "source", value.source(),
                    "year", value.year());
            value.evidence().ifPresent(text -> entry.put("evidence", text));
            value.confidencePercent().ifPresent(share -> entry.put("confidence", share));
            return Optional.of(entry);
        }
        return definition.conversion().map(BundleBuilder::conversion);
    }

    private static Map<String, Object> conversion(ConversionValue value) {
        Map<String, Object> entry = map(
                "technique", code(value.technique()),
                "value", number(value.valuePerUnit().amount()),
                "currency", value.valuePerUnit().currency().getCurrencyCode(),
                "source", value.source(),
                "year", value.year());
        value.evidence().ifPresent(text -> entry.put("evidence", text));
        return entry;
    }

    /**
     * One estimate set per source the plan counts: its responses' estimates on the KPI. Those asked
     * are the completers for participants (the level 3 survey goes to them) and their managers for
     * managers (each completer's manager on the day they completed, counted once), so that those who
     * did not answer count as no improvement (principle 6); at least the respondents. For senior
     * management and experts the store does not know who was asked: the respondents.
     */
    private List<Object> estimates(
            Programme programme,
            EvaluationPlan.Measure measure,
            List<Enrolment> enrolments,
            Map<String, String> tables) {
        List<EstimateRow> rows = data.estimates(programme.id(), measure.kpi());
        List<Object> sets = new ArrayList<>();
        long trained = enrolments.stream().filter(Enrolment::completedIt).count();
        IntSupplier managers = () -> data.managersOfCompleters(programme.id());
        for (EstimateSource source : measure.estimateSources()) {
            String role = source.name().toLowerCase(Locale.ROOT);
            List<EstimateRow> given =
                    rows.stream().filter(row -> row.role().equals(role)).toList();
            String file = "estimates-" + measure.kpi() + "-" + role.replace('_', '-') + ".csv";
            tables.put(file, Csv.of(writer -> {
                writer.writeRecord("respondent", "improvement", "attribution", "confidence", "basis");
                given.forEach(row -> writer.writeRecord(
                        row.response(),
                        plain(row.improvement()),
                        plain(row.attribution()),
                        plain(row.confidence()),
                        row.basis().orElse("")));
            }));
            long asked = switch (source) {
                case PARTICIPANT -> Math.max(trained, given.size());
                case MANAGER -> Math.max(managers.getAsInt(), given.size());
                default -> given.size();
            };
            sets.add(map("source", code(source), "asked", asked, "file", file));
        }
        return sets;
    }

    private Map<String, Object> costs(
            Programme programme,
            EvaluationPlan plan,
            List<Enrolment> enrolments,
            Map<Long, List<Period>> periods,
            Map<String, String> tables) {
        Map<String, EvaluationPlan.LineChoice> choices = plan.costs().lines().stream()
                .collect(Collectors.toMap(EvaluationPlan.LineChoice::line, choice -> choice));
        List<CostLine> lines = ledger.ofProgrammes(List.of(programme.id())).values().stream()
                .filter(line -> Optional.ofNullable(choices.get(line.lineId()))
                        .map(choice -> choice.sharePercent().signum() > 0)
                        .orElse(true))
                .toList();
        Map<String, Object> costs = new LinkedHashMap<>();
        List<CostLine> spent = lines.stream()
                .filter(line -> line.category() != LineCategory.REIMBURSEMENT)
                .toList();
        tables.put(COSTS, Csv.of(writer -> {
            writer.writeRecord(
                    "id",
                    "category",
                    "description",
                    "amount",
                    "vat",
                    "currency",
                    "recurrence",
                    "expected participants",
                    "date");
            spent.forEach(line -> {
                BigDecimal share = Optional.ofNullable(choices.get(line.lineId()))
                        .map(choice -> choice.sharePercent().movePointLeft(2))
                        .orElse(BigDecimal.ONE);
                writer.writeRecord(
                        line.lineId(),
                        line.category().code().replace('_', '-'),
                        description(line, Optional.ofNullable(choices.get(line.lineId()))),
                        plain(line.amount().amount().multiply(share, MathContext.DECIMAL64)),
                        plain(line.vat().amount().multiply(share, MathContext.DECIMAL64)),
                        line.amount().currency().getCurrencyCode(),
                        line.recurrence().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        line.expectedParticipants().map(String::valueOf).orElse(""),
                        line.date().toString());
            });
        }));
        costs.put("file", COSTS);
        if (!plan.costs().zero().isEmpty()) {
            costs.put(
                    "zero",
                    plan.costs().zero().stream().map(BundleBuilder::code).toList());
        }
        List<Object> reimbursements = lines.stream()
                .filter(line -> line.category() == LineCategory.REIMBURSEMENT)
                .map(line -> (Object) map(
                        "id", line.lineId(),
                        "source", line.description().orElse(line.lineId()),
                        "amount", number(line.amount().amount()),
                        "currency", line.amount().currency().getCurrencyCode(),
                        "date", line.date().toString()))
                .toList();
        if (!reimbursements.isEmpty()) {
            costs.put("reimbursements", reimbursements);
        }
        if (plan.costs().participantTime()) {
            tables.put(PARTICIPANT_TIME, Csv.of(writer -> {
                writer.writeRecord("participant", "hours", "salary", "currency");
                enrolments.stream()
                        .filter(enrolment -> enrolment.hours().isPresent())
                        .forEach(enrolment -> {
                            Period salary = LevelTables.periodOn(
                                    periods.getOrDefault(enrolment.employeeId(), List.of()), enrolment.cohortStart());
                            writer.writeRecord(
                                    enrolment.pseudonym(),
                                    plain(enrolment.hours().get()),
                                    plain(salary.annual()),
                                    salary.currency());
                        });
            }));
            costs.put("participantTime", PARTICIPANT_TIME);
        }
        return costs;
    }

    private static String description(CostLine line, Optional<EvaluationPlan.LineChoice> choice) {
        String text = line.description().orElse("");
        return choice.map(c ->
                        (text.isEmpty() ? "" : text + " ") + "(" + plain(c.sharePercent()) + "%: " + c.reason() + ")")
                .orElse(text);
    }

    private static Map<String, Object> forecast(EvaluationPlan.Forecast forecast) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("expectedParticipants", forecast.expectedParticipants());
        Map<String, Object> costs = new LinkedHashMap<>();
        costs.put(
                "lines",
                forecast.costs().stream()
                        .map(line -> (Object) map(
                                "id", line.id(),
                                "category", code(line.category()),
                                "description", line.description(),
                                "amount", line.amount(),
                                "date", line.date().toString()))
                        .toList());
        entry.put("costs", costs);
        entry.put(
                "measures",
                forecast.measures().stream()
                        .map(measure -> (Object) map(
                                "measure", measure.kpi(),
                                "change",
                                        map(
                                                "low",
                                                measure.low(),
                                                "expected",
                                                measure.expected(),
                                                "high",
                                                measure.high()),
                                "attribution", measure.attributionPercent(),
                                "confidence", measure.confidencePercent()))
                        .toList());
        return entry;
    }

    /** Everyone ever enrolled in the programme, whatever became of it. */
    private static Set<Long> enrolled(List<Enrolment> enrolments) {
        return enrolments.stream().map(Enrolment::employeeId).collect(Collectors.toSet());
    }

    /** A constant as the evaluation file writes choices: {@code LOWEST_OF_ALL_CREDIBLE} is {@code lowest-of-all-credible}. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A number as YAML writes it best: without trailing zeros, never in exponent form. */
    static BigDecimal number(BigDecimal value) {
        return new BigDecimal(plain(value));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entry.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return entry;
    }
}
