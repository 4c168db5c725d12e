package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.rendement.app.people.ExitReason;
import nl.rendement.app.people.UnitKind;

/**
 * The distributions the demo is meant to have, measured on generated data, independently of how
 * the generator produced them: headcount, salary by job group, turnover, tenure, part-time share.
 */
record DemoStatistics(
        int headcount,
        long departments,
        long teams,
        Map<String, Double> meanSalaryByJobGroup,
        double voluntaryTurnover,
        double totalTurnover,
        double medianTenureYears,
        double partTimeShare) {

    static DemoStatistics of(DemoOrganisation organisation) {
        YearMonth last = organisation.spec().lastMonth();
        LocalDate end = last.atEndOfMonth();
        List<DemoOrganisation.Person> atEnd = organisation.people().stream()
                .filter(person -> employedOn(person, end))
                .toList();
        Map<String, Double> salaries = atEnd.stream()
                .collect(Collectors.groupingBy(
                        person -> current(person).jobGroup(),
                        TreeMap::new,
                        Collectors.averagingDouble(
                                person -> current(person).annualSalary().doubleValue())));
        double averageHeadcount = 0;
        for (int m = 0; m < 12; m++) {
            LocalDate day = last.minusMonths(m).atEndOfMonth();
            averageHeadcount += organisation.people().stream()
                            .filter(p -> employedOn(p, day))
                            .count()
                    / 12.0;
        }
        LocalDate yearAgo = last.minusMonths(11).atDay(1);
        List<DemoOrganisation.Person> leavers = organisation.people().stream()
                .filter(p -> p.exit().isPresent() && !p.exit().get().lastDay().isBefore(yearAgo))
                .toList();
        long voluntary = leavers.stream()
                .filter(p -> p.exit().get().reason() == ExitReason.VOLUNTARY)
                .count();
        List<Double> tenures = atEnd.stream()
                .map(p -> ChronoUnit.DAYS.between(p.hireDate(), end) / 365.25)
                .sorted(Comparator.naturalOrder())
                .toList();
        return new DemoStatistics(
                atEnd.size(),
                organisation.units().stream()
                        .filter(u -> u.kind() == UnitKind.DEPARTMENT)
                        .count(),
                organisation.units().stream()
                        .filter(u -> u.kind() == UnitKind.TEAM)
                        .count(),
                salaries,
                voluntary / averageHeadcount,
                leavers.size() / averageHeadcount,
                tenures.get(tenures.size() / 2),
                atEnd.stream()
                                .filter(p -> current(p).fte().compareTo(BigDecimal.ONE) < 0)
                                .count()
                        / (double) atEnd.size());
    }

    private static boolean employedOn(DemoOrganisation.Person person, LocalDate day) {
        return !person.hireDate().isAfter(day)
                && person.exit().map(exit -> !exit.lastDay().isBefore(day)).orElse(true);
    }

    private static DemoOrganisation.Period current(DemoOrganisation.Person person) {
        return person.periods().get(person.periods().size() - 1);
    }
}
