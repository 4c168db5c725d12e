package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import nl.rendement.app.programme.ProgrammeType;
import org.junit.jupiter.api.Test;

/**
 * Participants are chosen the way organisations choose them, so they differ from whom they are
 * compared with: |SMD| >= 0.2 on at least one pre-programme covariate (salary, tenure, FTE),
 * measured the day before the programme's first cohort (for onboarding and mandatory programmes:
 * earlier cohorts against later ones, each the day before their own start).
 */
class DemoSelectionTest {

    static final DemoOrganisation FULL = DemoGeneratorTest.FULL;

    @Test
    void thereIsOneProgrammeOfEachTypeWithCohortsInWaves() {
        assertThat(FULL.programmes())
                .extracting(DemoOrganisation.Programme::type)
                .containsExactlyInAnyOrder(ProgrammeType.values());
        assertThat(FULL.programmes()).allSatisfy(programme -> {
            assertThat(programme.cohorts()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(programme.cohorts())
                    .allSatisfy(cohort -> assertThat(cohort.enrolments()).isNotEmpty());
        });
    }

    @Test
    void participantsDifferFromEligibleNonParticipantsBeforeTheProgramme() {
        for (DemoOrganisation.Programme programme : FULL.programmes()) {
            if (programme.type() == ProgrammeType.ONBOARDING
                    || programme.dueDate().isPresent()) {
                continue;
            }
            LocalDate before = programme.cohorts().get(0).start().minusDays(1);
            Set<String> participants = numbers(programme.cohorts());
            List<DemoOrganisation.Person> eligible = FULL.people().stream()
                    .filter(person -> DemoHistory.employedOn(person, before))
                    .filter(person -> eligible(programme, person, before))
                    .toList();
            Map<Boolean, List<DemoOrganisation.Person>> groups = eligible.stream()
                    .collect(Collectors.partitioningBy(person -> participants.contains(person.employeeNumber())));

            assertThat(groups.get(false))
                    .as(programme.name() + " has eligible non-participants")
                    .isNotEmpty();
            assertThat(largestSmd(on(groups.get(true), before), on(groups.get(false), before)))
                    .as(programme.name())
                    .isGreaterThanOrEqualTo(0.2);
        }
    }

    @Test
    void earlierCohortsOfOnboardingAndMandatoryProgrammesDifferFromLaterOnes() {
        for (DemoOrganisation.Programme programme : FULL.programmes()) {
            if (programme.type() != ProgrammeType.ONBOARDING
                    && programme.dueDate().isEmpty()) {
                continue;
            }
            int half = programme.cohorts().size() / 2;
            List<DemoOrganisation.Cohort> earlier = programme.cohorts().subList(0, Math.max(1, half));
            List<DemoOrganisation.Cohort> later = programme
                    .cohorts()
                    .subList(Math.max(1, half), programme.cohorts().size());

            assertThat(largestSmd(dayBefore(earlier), dayBefore(later)))
                    .as(programme.name())
                    .isGreaterThanOrEqualTo(0.2);
        }
    }

    private static boolean eligible(
            DemoOrganisation.Programme programme, DemoOrganisation.Person person, LocalDate day) {
        DemoOrganisation.Period state = DemoHistory.on(person, day).orElseThrow();
        DemoOrganisation.Eligibility rule = programme.eligibility();
        return (rule.departments().isEmpty()
                        || DemoHistory.department(state.unitCode())
                                .filter(rule.departments()::contains)
                                .isPresent())
                && (rule.jobGroups().isEmpty() || rule.jobGroups().contains(state.jobGroup()));
    }

    /** Each person's state on a day: the day before their own cohort, or one day for all. */
    private record State(DemoOrganisation.Person person, LocalDate day, DemoOrganisation.Period period) {}

    private static List<State> on(List<DemoOrganisation.Person> people, LocalDate day) {
        return people.stream()
                .flatMap(person -> DemoHistory.on(person, day).map(period -> new State(person, day, period)).stream())
                .toList();
    }

    private static List<State> dayBefore(List<DemoOrganisation.Cohort> cohorts) {
        Map<String, DemoOrganisation.Person> byNumber = FULL.people().stream()
                .collect(Collectors.toMap(DemoOrganisation.Person::employeeNumber, person -> person));
        return cohorts.stream()
                .flatMap(cohort -> on(
                        cohort.enrolments().stream()
                                .map(e -> byNumber.get(e.employeeNumber()))
                                .toList(),
                        cohort.start().minusDays(1))
                        .stream())
                .toList();
    }

    private static double largestSmd(List<State> treated, List<State> others) {
        List<ToDoubleFunction<State>> covariates = List.of(
                state -> state.period().annualSalary().doubleValue(),
                state -> state.period().fte().doubleValue(),
                state -> DemoHistory.tenureYears(state.person(), state.day()));
        double largest = 0;
        for (ToDoubleFunction<State> covariate : covariates) {
            double[] a = treated.stream().mapToDouble(covariate).toArray();
            double[] b = others.stream().mapToDouble(covariate).toArray();
            largest = Math.max(largest, Math.abs(smd(a, b)));
        }
        return largest;
    }

    /** Standardised mean difference with the pooled standard deviation sqrt((s1^2 + s2^2) / 2). */
    static double smd(double[] a, double[] b) {
        double meanA = java.util.Arrays.stream(a).average().orElseThrow();
        double meanB = java.util.Arrays.stream(b).average().orElseThrow();
        double varA =
                java.util.Arrays.stream(a).map(x -> (x - meanA) * (x - meanA)).sum() / (a.length - 1);
        double varB =
                java.util.Arrays.stream(b).map(x -> (x - meanB) * (x - meanB)).sum() / (b.length - 1);
        return (meanA - meanB) / Math.sqrt((varA + varB) / 2);
    }

    private static Set<String> numbers(List<DemoOrganisation.Cohort> cohorts) {
        Set<String> numbers = new HashSet<>();
        cohorts.forEach(cohort -> cohort.enrolments().forEach(enrolment -> numbers.add(enrolment.employeeNumber())));
        return numbers;
    }

    private static List<DemoOrganisation.Person> people(Set<String> numbers) {
        return FULL.people().stream()
                .filter(person -> numbers.contains(person.employeeNumber()))
                .toList();
    }
}
