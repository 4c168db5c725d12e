package nl.rendement.app.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.demo.DemoSurveyTexts.Profile;
import nl.rendement.app.demo.DemoSurveys.Application;
import nl.rendement.app.demo.DemoSurveys.Estimate;
import nl.rendement.app.demo.DemoSurveys.Reaction;
import nl.rendement.app.demo.DemoSurveys.Response;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.ProgrammeType;

/**
 * Drafts the demo's survey responses, not yet numbered: who answers which survey, when, and what.
 * Each survey draws from its own stream, programme by programme, cohort by cohort, in the order of
 * the enrolments, so the same organisation always gives the same answers.
 */
final class DemoSurveyAnswers {

    private final DemoOrganisation organisation;
    private final Map<String, DemoOrganisation.Person> people;
    private final LocalDate end;

    DemoSurveyAnswers(DemoOrganisation organisation) {
        this.organisation = organisation;
        this.people = organisation.people().stream()
                .collect(Collectors.toMap(DemoOrganisation.Person::employeeNumber, Function.identity()));
        this.end = organisation.spec().lastMonth().atEndOfMonth();
    }

    /** Level 1: a completer answers with chance {@value DemoSurveys#REACTION_RATE}, on the day or up to six days later. */
    List<Response> reactions(SplittableRandom random) {
        List<Response> responses = new ArrayList<>();
        for (DemoOrganisation.Programme programme : organisation.programmes()) {
            boolean anonymous = programme.type() == DemoSurveys.ANONYMOUS_REACTIONS;
            for (DemoOrganisation.Cohort cohort : programme.cohorts()) {
                for (DemoOrganisation.Enrolment enrolment : completers(cohort)) {
                    if (random.nextDouble() >= DemoSurveys.REACTION_RATE) {
                        continue;
                    }
                    LocalDate completed = enrolment.completedOn().orElseThrow();
                    int delay = random.nextDouble() < 0.5 ? 0 : 1 + random.nextInt(6);
                    responses.add(new Response(
                            programme.type(),
                            programme.name(),
                            "",
                            cohort.name(),
                            1,
                            "",
                            anonymous ? Optional.empty() : Optional.of(enrolment.employeeNumber()),
                            earliest(completed.plusDays(delay), end),
                            random.nextLong(),
                            Optional.of(reaction(programme.type(), cohort, random)),
                            Optional.empty(),
                            Optional.empty()));
                }
            }
        }
        return responses;
    }

    /**
     * Level 3: a completer still employed {@value DemoSurveys#APPLICATION_MONTHS} months after
     * completing, when that falls within the history, answers with chance {@value
     * DemoSurveys#APPLICATION_RATE} within two weeks. Those applying it who are measured on the
     * programme's KPI estimate their improvement (compliance: the team leaders do).
     */
    List<Response> applications(SplittableRandom random) {
        List<Response> responses = new ArrayList<>();
        for (DemoOrganisation.Programme programme : organisation.programmes()) {
            for (DemoOrganisation.Cohort cohort : programme.cohorts()) {
                for (DemoOrganisation.Enrolment enrolment : completers(cohort)) {
                    LocalDate invited =
                            enrolment.completedOn().orElseThrow().plusMonths(DemoSurveys.APPLICATION_MONTHS);
                    Optional<DemoOrganisation.Period> state = invited.isAfter(end)
                            ? Optional.empty()
                            : DemoHistory.on(people.get(enrolment.employeeNumber()), invited);
                    if (state.isEmpty() || random.nextDouble() >= DemoSurveys.APPLICATION_RATE) {
                        continue;
                    }
                    LocalDate answered = earliest(invited.plusDays(random.nextInt(14)), end);
                    Application application = application(DemoSurveyTexts.PROFILES.get(programme.type()), random);
                    boolean estimates = application.applying()
                            && programme.type() != ProgrammeType.COMPLIANCE
                            && measured(programme.type(), state.get());
                    responses.add(new Response(
                            programme.type(),
                            programme.name(),
                            "",
                            cohort.name(),
                            3,
                            "participant",
                            Optional.of(enrolment.employeeNumber()),
                            answered,
                            random.nextLong(),
                            Optional.empty(),
                            Optional.of(application),
                            estimates
                                    ? Optional.of(estimate(
                                            programme.type(),
                                            DemoSurveys.trueImprovement(
                                                    programme.type(), state.get(), DemoSurveys.APPLICATION_MONTHS),
                                            random))
                                    : Optional.empty()));
                }
            }
        }
        return responses;
    }

    /**
     * The compliance programme's estimates: each team leader whose team was mostly trained (more
     * than half its members had completed) {@value DemoSurveys#APPLICATION_MONTHS} months before
     * estimates the fall in the team's incidents a month; the truth is the sum of what its trained
     * members bring ({@link DemoSurveys#trueImprovement}).
     */
    List<Response> teamEstimates(SplittableRandom random) {
        List<Response> responses = new ArrayList<>();
        for (DemoOrganisation.Programme programme : organisation.programmes()) {
            if (programme.type() != ProgrammeType.COMPLIANCE) {
                continue;
            }
            DemoSurveyTeams teams = new DemoSurveyTeams(organisation, completions(programme));
            for (DemoSurveyTeams.TeamMonth team : teams.mostlyTrained(DemoSurveys.APPLICATION_MONTHS)) {
                LocalDate answered = earliest(team.month().atDay(1 + random.nextInt(14)), end);
                responses.add(new Response(
                        programme.type(),
                        programme.name(),
                        "",
                        "",
                        3,
                        "manager",
                        Optional.of(team.leader()),
                        answered,
                        random.nextLong(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(estimate(programme.type(), team.truth(), random))));
            }
        }
        return responses;
    }

    private static Reaction reaction(ProgrammeType type, DemoOrganisation.Cohort cohort, SplittableRandom random) {
        Profile profile = DemoSurveyTexts.PROFILES.get(type);
        double mood = DemoDraws.gaussian(random);
        List<String> items = DemoSurveyTexts.items(cohort.deliveryMode());
        List<DemoSurveys.Rating> ratings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            double answer = profile.itemMeans().get(i) + 0.6 * mood + 0.5 * DemoDraws.gaussian(random);
            ratings.add(new DemoSurveys.Rating(items.get(i), (int) Math.max(1, Math.min(5, Math.round(answer)))));
        }
        double recommendation = profile.recommendMean() + 1.5 * mood + 0.8 * DemoDraws.gaussian(random);
        int recommend = (int) Math.max(0, Math.min(10, Math.round(recommendation)));
        Optional<String> comment = Optional.empty();
        if (random.nextDouble() < DemoSurveys.COMMENT_RATE) {
            boolean english = random.nextDouble() < DemoSurveys.ENGLISH_SHARE;
            comment = Optional.of(
                    pick(DemoSurveyTexts.comments(type, cohort.deliveryMode(), recommend <= 6, english), random));
        }
        return new Reaction(ratings, recommend, comment);
    }

    /** Whether they apply it, how often (non-appliers: rarely), and the barriers and enablers they cite. */
    private static Application application(Profile profile, SplittableRandom random) {
        boolean applying = random.nextDouble() < profile.applying();
        String frequency = DemoSurveyTexts.FREQUENCIES.get(applying ? weighted(profile.frequencies(), random) : 3);
        int barriers = applying ? (random.nextDouble() < 0.35 ? 1 : 0) : 1 + random.nextInt(2);
        int enablers = applying ? 1 + random.nextInt(2) : (random.nextDouble() < 0.2 ? 1 : 0);
        return new Application(
                applying,
                frequency,
                some(DemoSurveyTexts.BARRIERS, barriers, random),
                some(DemoSurveyTexts.ENABLERS, enablers, random));
    }

    /** An estimate overstating the truth log-normally, with attribution 30–90%, confidence 40–90% and a basis. */
    private static Estimate estimate(ProgrammeType type, double truth, SplittableRandom random) {
        double overstatement = Math.exp(
                Math.log(DemoSurveys.OVERSTATEMENT) + DemoSurveys.OVERSTATEMENT_LOG_SD * DemoDraws.gaussian(random));
        return new Estimate(
                DemoSurveys.KPI.get(type),
                DemoSurveys.stated(truth * overstatement),
                30 + random.nextInt(61),
                40 + random.nextInt(51),
                Optional.of(pick(DemoSurveyTexts.PROFILES.get(type).bases(), random)),
                truth,
                DemoSurveys.Plant.NONE);
    }

    /** Whether {@link DemoKpis} measures a person in this state on the programme's KPI. */
    static boolean measured(ProgrammeType type, DemoOrganisation.Period state) {
        JobGroup group = JobGroup.byLabel(state.jobGroup());
        String department = DemoHistory.department(state.unitCode()).orElse("");
        return switch (type) {
            case ONBOARDING -> group == JobGroup.ENTRY || group == JobGroup.OFFICE;
            case LEADERSHIP ->
                group == JobGroup.PROFESSIONAL || group == JobGroup.SUPERVISOR || group == JobGroup.MANAGER;
            case SALES -> department.equals("D01") || department.equals("D02");
            case AI_LITERACY -> group == JobGroup.OFFICE || group == JobGroup.PROFESSIONAL;
            case SOFT_SKILLS -> department.equals("D02") || department.equals("D03");
            case OTHER -> group == JobGroup.PROFESSIONAL;
            default -> true;
        };
    }

    private static List<DemoOrganisation.Enrolment> completers(DemoOrganisation.Cohort cohort) {
        return cohort.enrolments().stream()
                .filter(enrolment -> enrolment.status() == ParticipantStatus.COMPLETED)
                .toList();
    }

    /** When each completer completed, by employee number. */
    private static Map<String, YearMonth> completions(DemoOrganisation.Programme programme) {
        Map<String, YearMonth> completed = new HashMap<>();
        programme.cohorts().stream()
                .flatMap(cohort -> completers(cohort).stream())
                .forEach(enrolment -> completed.put(
                        enrolment.employeeNumber(),
                        YearMonth.from(enrolment.completedOn().orElseThrow())));
        return completed;
    }

    /** {@code count} different entries of the pool, in the pool's order. */
    private static List<String> some(List<String> pool, int count, SplittableRandom random) {
        List<String> left = new ArrayList<>(pool);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(left.remove(random.nextInt(left.size())));
        }
        return pool.stream().filter(chosen::contains).toList();
    }

    private static int weighted(List<Double> weights, SplittableRandom random) {
        double draw = random.nextDouble();
        for (int i = 0; i < weights.size() - 1; i++) {
            draw -= weights.get(i);
            if (draw < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

    private static String pick(List<String> pool, SplittableRandom random) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static LocalDate earliest(LocalDate day, LocalDate other) {
        return day.isAfter(other) ? other : day;
    }
}
