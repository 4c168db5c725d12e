package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import nl.rendement.app.programme.ParticipantStatus;

/**
 * Runs the demo's programmes over the generated people: one programme of each type, in waves,
 * with participants chosen the way organisations choose them (docs/demo-data.md).
 */
final class DemoProgrammes {

    private final DemoSpec spec;
    private final List<DemoOrganisation.Person> people;
    private final SplittableRandom random;

    private DemoProgrammes(DemoSpec spec, List<DemoOrganisation.Person> people) {
        this.spec = spec;
        this.people = people;
        this.random = new SplittableRandom(spec.seed() ^ 0x5EEDL);
    }

    static List<DemoOrganisation.Programme> run(DemoSpec spec, List<DemoOrganisation.Person> people) {
        DemoProgrammes programmes = new DemoProgrammes(spec, people);
        return DemoProgrammePlans.all(spec).stream().map(programmes::programme).toList();
    }

    private DemoOrganisation.Programme programme(DemoProgrammePlans.Plan plan) {
        Set<String> taken = new HashSet<>();
        List<DemoOrganisation.Cohort> cohorts = new ArrayList<>();
        for (int wave = 0; wave < plan.waveMonths().length; wave++) {
            YearMonth month = spec.firstMonth().plusMonths(plan.waveMonths()[wave]);
            LocalDate start = month.atDay(1);
            LocalDate end = start.plusDays(plan.days() - 1L);
            List<DemoOrganisation.Enrolment> enrolments = new ArrayList<>();
            for (DemoOrganisation.Person person : people) {
                if (!taken.contains(person.employeeNumber())
                        && DemoHistory.employedOn(person, start)
                        && plan.eligible(person, start)
                        && random.nextDouble() < plan.chooser().probability(person, start, wave)) {
                    taken.add(person.employeeNumber());
                    enrolments.add(enrolment(person, start, end, plan.hours()));
                }
            }
            cohorts.add(new DemoOrganisation.Cohort(
                    plan.name() + " " + (wave + 1), start, end, plan.deliveryMode(), plan.location(), enrolments));
        }
        return new DemoOrganisation.Programme(
                plan.name(),
                plan.type(),
                plan.description(),
                plan.sponsor(),
                plan.selection(),
                plan.eligibility(),
                plan.deliveryMode(),
                plan.dueMonth()
                        .map(offset -> spec.firstMonth().plusMonths(offset).atEndOfMonth()),
                plan.targetLevel(),
                List.of("LMS-" + plan.type().code().toUpperCase(Locale.ROOT)),
                cohorts);
    }

    private DemoOrganisation.Enrolment enrolment(
            DemoOrganisation.Person person, LocalDate start, LocalDate end, int hours) {
        LocalDate enrolled = start.minusDays(14).isBefore(person.hireDate()) ? person.hireDate() : start.minusDays(14);
        BigDecimal spent = BigDecimal.valueOf(Math.round(hours * (0.8 + 0.4 * random.nextDouble()) * 4) / 4.0);
        double draw = random.nextDouble();
        boolean leftEarly =
                person.exit().filter(exit -> exit.lastDay().isBefore(end)).isPresent();
        if (end.isAfter(spec.lastMonth().atEndOfMonth())) {
            return new DemoOrganisation.Enrolment(
                    person.employeeNumber(),
                    ParticipantStatus.STARTED,
                    enrolled,
                    Optional.of(start),
                    Optional.empty(),
                    spent);
        }
        if (draw < 0.06) {
            return new DemoOrganisation.Enrolment(
                    person.employeeNumber(),
                    ParticipantStatus.NO_SHOW,
                    enrolled,
                    Optional.empty(),
                    Optional.empty(),
                    BigDecimal.ZERO);
        }
        if (draw < 0.12 || leftEarly) {
            return new DemoOrganisation.Enrolment(
                    person.employeeNumber(),
                    ParticipantStatus.WITHDRAWN,
                    enrolled,
                    Optional.of(start),
                    Optional.empty(),
                    spent.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN));
        }
        LocalDate completed = start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1));
        return new DemoOrganisation.Enrolment(
                person.employeeNumber(),
                ParticipantStatus.COMPLETED,
                enrolled,
                Optional.of(start),
                Optional.of(completed),
                spent);
    }
}
