package nl.rendement.app.evaluation.run;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.evaluation.run.RunData.Enrolment;
import nl.rendement.app.evaluation.run.RunData.Observed;
import nl.rendement.app.evaluation.run.RunData.PersonSeries;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.engine.measures.Aggregation;

/**
 * A given control group built from a person-level KPI, the rows of the evaluation file's control
 * group table (docs/evaluation-plans.md, "From stored data to an evaluation").
 *
 * <p>With a pre-period, each cohort is compared over its own calendar months: the pre value is the
 * KPI over the plan's months before the cohort's first month, the post value over its months after
 * the cohort's last, each aggregated as the KPI aggregates (a sum or time to threshold: the mean a
 * month; a weighted mean: Σ value·weight / Σ weight; a ratio of sums: Σ value / Σ weight). A
 * cohort counts when its post window ends within the KPI's observations; its trained are its
 * completers (or everyone who started, as the plan says), the control everyone observed who never
 * enrolled in the programme and was in the plan's comparison units on the cohort's first day (any
 * unit when it names none; {@link Eligibility}); only people with both values are rows. Every other trained person
 * adds 0 (principle 6).
 *
 * <p>Without a pre-period (new hires: the plan's pre window is 0 months), the post value is the
 * mean over each person's first whole months of tenure, for people whose first whole month comes
 * after the first month observed and whose post window ends within the observations.
 */
final class CohortComparison {

    /** One row of the control group table. */
    record Row(String person, String cohort, boolean trained, Optional<Double> pre, double post) {}

    /** The rows, and the trained who have none. */
    record Rows(List<Row> rows, int trainedWithoutData) {}

    private CohortComparison() {}

    static Rows of(
            List<Enrolment> enrolments,
            Map<Long, PersonSeries> series,
            Set<Long> everEnrolled,
            Eligibility eligible,
            EvaluationPlan plan,
            Aggregation aggregation) {
        Optional<YearMonth> first = series.values().stream()
                .flatMap(person -> person.months().keySet().stream())
                .min(YearMonth::compareTo);
        Optional<YearMonth> last = series.values().stream()
                .flatMap(person -> person.months().keySet().stream())
                .max(YearMonth::compareTo);
        List<Enrolment> trained = enrolments.stream()
                .filter(enrolment -> plan.comparison().trained() == EvaluationPlan.Trained.COMPLETERS
                        ? enrolment.completedIt()
                        : enrolment.startedIt())
                .toList();
        if (first.isEmpty()) {
            return new Rows(List.of(), trained.size());
        }
        return plan.windows().preMonths() == 0
                ? newHires(
                        trained, series, everEnrolled, eligible, plan.windows().postMonths(), first.get(), last.get())
                : cohorts(trained, series, everEnrolled, eligible, plan.windows(), aggregation, last.get());
    }

    private static Rows cohorts(
            List<Enrolment> trained,
            Map<Long, PersonSeries> series,
            Set<Long> everEnrolled,
            Eligibility eligible,
            EvaluationPlan.Windows windows,
            Aggregation aggregation,
            YearMonth last) {
        Map<Long, List<Enrolment>> byCohort = byCohort(trained);
        List<Row> rows = new ArrayList<>();
        int withoutData = 0;
        for (List<Enrolment> cohort : byCohort.values()) {
            Enrolment any = cohort.get(0);
            YearMonth start = YearMonth.from(any.cohortStart());
            YearMonth end = YearMonth.from(any.cohortEnd());
            YearMonth preFrom = start.minusMonths(windows.preMonths());
            YearMonth postTo = end.plusMonths(windows.postMonths());
            if (postTo.isAfter(last)) {
                withoutData += cohort.size();
                continue;
            }
            for (Enrolment enrolment : cohort) {
                Optional<Row> row = Optional.ofNullable(series.get(enrolment.employeeId()))
                        .flatMap(person -> row(person, any.cohort(), true, preFrom, start, end, postTo, aggregation));
                row.ifPresent(rows::add);
                withoutData += row.isEmpty() ? 1 : 0;
            }
            series.forEach((employee, person) -> {
                if (!everEnrolled.contains(employee) && eligible.person(employee, any.cohortStart())) {
                    row(person, any.cohort(), false, preFrom, start, end, postTo, aggregation)
                            .ifPresent(rows::add);
                }
            });
        }
        return new Rows(rows, withoutData);
    }

    private static Optional<Row> row(
            PersonSeries person,
            String cohort,
            boolean trained,
            YearMonth preFrom,
            YearMonth start,
            YearMonth end,
            YearMonth postTo,
            Aggregation aggregation) {
        Optional<Double> pre = aggregate(person.months(), preFrom, start.minusMonths(1), aggregation);
        Optional<Double> post = aggregate(person.months(), end.plusMonths(1), postTo, aggregation);
        if (pre.isEmpty() || post.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Row(person.pseudonym(), cohort, trained, pre, post.get()));
    }

    private static Rows newHires(
            List<Enrolment> trained,
            Map<Long, PersonSeries> series,
            Set<Long> everEnrolled,
            Eligibility eligible,
            int months,
            YearMonth first,
            YearMonth last) {
        Set<Long> trainedIds = new java.util.HashSet<>();
        trained.forEach(enrolment -> trainedIds.add(enrolment.employeeId()));
        List<Row> rows = new ArrayList<>();
        int[] withData = {0};
        series.forEach((employee, person) -> {
            boolean isTrained = trainedIds.contains(employee);
            if (!isTrained && (everEnrolled.contains(employee) || !eligible.person(employee, person.hired()))) {
                return;
            }
            YearMonth firstWhole = YearMonth.from(person.hired().minusDays(1)).plusMonths(1);
            if (!firstWhole.isAfter(first) || firstWhole.plusMonths(months - 1L).isAfter(last)) {
                return;
            }
            aggregate(person.months(), firstWhole, firstWhole.plusMonths(months - 1L), Aggregation.SUM)
                    .ifPresent(post -> {
                        rows.add(new Row(person.pseudonym(), "", isTrained, Optional.empty(), post));
                        withData[0] += isTrained ? 1 : 0;
                    });
        });
        return new Rows(rows, trained.size() - withData[0]);
    }

    /**
     * A KPI observed per team: per cohort, the teams of which at least half the members on the
     * cohort's first day completed in that cohort are trained, the teams none of whose members had
     * completed the programme by the cohort's last month are the control; the post window stops
     * before the first month a control team's member completed, so that the control stays
     * untrained. A cohort without trained or control teams, or without a post month, adds nothing.
     */
    static Rows teams(
            List<Enrolment> enrolments,
            Map<String, Map<YearMonth, Observed>> series,
            java.util.function.Function<java.time.LocalDate, Map<String, List<Long>>> membersOn,
            Eligibility eligible,
            EvaluationPlan.Windows windows,
            Aggregation aggregation) {
        Optional<YearMonth> last = series.values().stream()
                .flatMap(months -> months.keySet().stream())
                .max(YearMonth::compareTo);
        if (last.isEmpty()) {
            return new Rows(List.of(), 0);
        }
        Map<Long, YearMonth> completedIn = new java.util.HashMap<>();
        enrolments.stream()
                .filter(Enrolment::completedIt)
                .forEach(enrolment -> completedIn.put(
                        enrolment.employeeId(),
                        YearMonth.from(enrolment.completed().orElseThrow())));
        Map<Long, List<Enrolment>> byCohort = byCohort(enrolments);
        List<Row> rows = new ArrayList<>();
        int withoutData = 0;
        for (List<Enrolment> cohort : byCohort.values()) {
            Enrolment any = cohort.get(0);
            YearMonth start = YearMonth.from(any.cohortStart());
            YearMonth end = YearMonth.from(any.cohortEnd());
            Set<Long> wave = new java.util.HashSet<>();
            cohort.stream().filter(Enrolment::completedIt).forEach(enrolment -> wave.add(enrolment.employeeId()));
            Map<String, List<Long>> members = membersOn.apply(any.cohortStart());
            List<String> trained = new ArrayList<>();
            List<String> control = new ArrayList<>();
            YearMonth postTo = end.plusMonths(windows.postMonths()).isAfter(last.get())
                    ? last.get()
                    : end.plusMonths(windows.postMonths());
            YearMonth firstControlEffect = YearMonth.of(9999, 12);
            for (Map.Entry<String, List<Long>> team : members.entrySet()) {
                long inWave = team.getValue().stream().filter(wave::contains).count();
                if (inWave * 2 >= team.getValue().size()) {
                    trained.add(team.getKey());
                    continue;
                }
                YearMonth earliest = team.getValue().stream()
                        .map(completedIn::get)
                        .filter(java.util.Objects::nonNull)
                        .min(YearMonth::compareTo)
                        .orElse(YearMonth.of(9999, 12));
                if (earliest.isAfter(end) && eligible.team(team.getKey())) {
                    control.add(team.getKey());
                    if (earliest.plusMonths(1).isBefore(firstControlEffect)) {
                        firstControlEffect = earliest.plusMonths(1);
                    }
                }
            }
            if (!firstControlEffect.isAfter(postTo)) {
                postTo = firstControlEffect.minusMonths(1);
            }
            if (trained.isEmpty() || control.isEmpty() || !postTo.isAfter(end)) {
                withoutData += trained.size();
                continue;
            }
            YearMonth preFrom = start.minusMonths(windows.preMonths());
            for (String team : trained) {
                Optional<Row> row =
                        teamRow(series.get(team), team, any.cohort(), true, preFrom, start, end, postTo, aggregation);
                row.ifPresent(rows::add);
                withoutData += row.isEmpty() ? 1 : 0;
            }
            for (String team : control) {
                teamRow(series.get(team), team, any.cohort(), false, preFrom, start, end, postTo, aggregation)
                        .ifPresent(rows::add);
            }
        }
        return new Rows(rows, withoutData);
    }

    private static Optional<Row> teamRow(
            Map<YearMonth, Observed> months,
            String team,
            String cohort,
            boolean trained,
            YearMonth preFrom,
            YearMonth start,
            YearMonth end,
            YearMonth postTo,
            Aggregation aggregation) {
        if (months == null) {
            return Optional.empty();
        }
        return row(
                new PersonSeries(team, java.time.LocalDate.MIN, months),
                cohort,
                trained,
                preFrom,
                start,
                end,
                postTo,
                aggregation);
    }

    /** The enrolments by cohort, cohorts in the order they come. */
    private static Map<Long, List<Enrolment>> byCohort(List<Enrolment> enrolments) {
        return enrolments.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Enrolment::cohortId, LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /** The KPI over the months from {@code from} to {@code to}, as the KPI aggregates; none without data. */
    static Optional<Double> aggregate(
            Map<YearMonth, Observed> months, YearMonth from, YearMonth to, Aggregation aggregation) {
        double values = 0;
        double weights = 0;
        int count = 0;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Observed observed = months.get(month);
            if (observed == null) {
                continue;
            }
            count++;
            double value = observed.value().doubleValue();
            double weight = observed.weight().doubleValue();
            switch (aggregation) {
                case WEIGHTED_MEAN -> {
                    values += value * weight;
                    weights += weight;
                }
                case RATIO_OF_SUMS -> {
                    values += value;
                    weights += weight;
                }
                default -> values += value;
            }
        }
        boolean perMonth = aggregation == Aggregation.SUM || aggregation == Aggregation.TIME_TO_THRESHOLD;
        if (count == 0 || (!perMonth && weights == 0)) {
            return Optional.empty();
        }
        return Optional.of(perMonth ? values / count : values / weights);
    }

    static String decimal(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    static int count(Collection<Row> rows, boolean trained) {
        return (int) rows.stream().filter(row -> row.trained() == trained).count();
    }
}
