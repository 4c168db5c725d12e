package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.people.Employee;

/** One person while the history is simulated; frozen into a {@link DemoOrganisation.Person} at the end. */
final class Worker {

    private static final BigDecimal INDEXATION = new BigDecimal("1.025");
    private static final BigDecimal FULL_TIME_HOURS = new BigDecimal("36");

    final String number;
    final LocalDate hired;
    final int department;
    final boolean leader;
    String unit;
    JobGroup group;
    BigDecimal endSalary;
    BigDecimal fte;
    Optional<String> manager;
    Optional<Employee.Exit> exit = Optional.empty();
    private final List<DemoOrganisation.Period> periods = new ArrayList<>();

    Worker(String number, LocalDate hired, int department, boolean leader) {
        this.number = number;
        this.hired = hired;
        this.department = department;
        this.leader = leader;
    }

    boolean active() {
        return exit.isEmpty();
    }

    LocalDate currentFrom() {
        return periods.get(periods.size() - 1).from();
    }

    /** Records the current state from {@code day}. */
    void record(LocalDate day, YearMonth lastMonth) {
        record(day, day, lastMonth);
    }

    /**
     * Records the current state from {@code day}, with the salary paid on {@code salaryDay}: the
     * salary at the end of the history, indexed back by 2.5% for each January in between.
     */
    void record(LocalDate day, LocalDate salaryDay, YearMonth lastMonth) {
        int indexationsAhead = lastMonth.getYear() - salaryDay.getYear();
        BigDecimal salary = endSalary.divide(INDEXATION.pow(indexationsAhead), 0, RoundingMode.HALF_EVEN);
        DemoOrganisation.Period period = new DemoOrganisation.Period(
                day,
                unit,
                group.label,
                manager,
                salary.setScale(2),
                fte.setScale(4),
                FULL_TIME_HOURS.multiply(fte).setScale(2, RoundingMode.HALF_EVEN));
        if (!periods.isEmpty() && currentFrom().equals(day)) {
            periods.set(periods.size() - 1, period);
        } else {
            periods.add(period);
        }
    }

    DemoOrganisation.Person freeze() {
        return new DemoOrganisation.Person(
                number, "medewerker." + number + "@voorbeeldgroep.example", hired, exit, periods);
    }
}
