package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.ExitReason;

/**
 * Generates the demo organisation month by month: hires, leavers, promotions, transfers and the
 * January pay indexation. Deterministic: one random stream, consumed in a fixed order.
 * The rates are documented, with the distributions they produce, in docs/demo-data.md.
 */
public final class DemoGenerator {

    static final double VOLUNTARY_PER_MONTH = 0.0085;
    static final double INVOLUNTARY_PER_MONTH = 0.0015;
    static final double PROMOTION_PER_MONTH = 0.006;
    static final double TRANSFER_PER_MONTH = 0.002;
    static final double MEAN_TENURE_YEARS_AT_START = 8.0;

    private final DemoSpec spec;
    private final SplittableRandom random;
    private final List<Worker> workers = new ArrayList<>();
    private final List<List<Worker>> teams = new ArrayList<>();

    private DemoGenerator(DemoSpec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
    }

    public static DemoOrganisation generate(DemoSpec spec) {
        return new DemoGenerator(spec).run();
    }

    private DemoOrganisation run() {
        DemoWorkforce workforce = new DemoWorkforce(spec, random, workers, teams);
        workforce.staffAtStart();
        for (YearMonth month = spec.firstMonth(); !month.isAfter(spec.lastMonth()); month = month.plusMonths(1)) {
            if (month.getMonthValue() == 1 && !month.equals(spec.firstMonth())) {
                indexPay(month.atDay(1));
            }
            for (Worker worker : List.copyOf(workers)) {
                if (worker.active() && !worker.leader && worker.hired.isBefore(month.atDay(1))) {
                    change(worker, month, workforce);
                }
            }
            workforce.hireUpTo(month);
        }
        List<DemoOrganisation.Person> people =
                workers.stream().map(Worker::freeze).toList();
        return new DemoOrganisation(spec, DemoStructure.units(spec.size()), people, DemoProgrammes.run(spec, people));
    }

    private void indexPay(LocalDate january) {
        workers.stream().filter(Worker::active).forEach(worker -> worker.record(january, spec.lastMonth()));
    }

    private void change(Worker worker, YearMonth month, DemoWorkforce workforce) {
        double tenure = (month.atDay(1).toEpochDay() - worker.hired.toEpochDay()) / 365.25;
        double voluntary = VOLUNTARY_PER_MONTH * (tenure < 2 ? 1.8 : tenure > 10 ? 0.5 : 1.0);
        double draw = random.nextDouble();
        if (draw < voluntary) {
            leave(worker, month, ExitReason.VOLUNTARY);
        } else if (draw < voluntary + INVOLUNTARY_PER_MONTH) {
            leave(worker, month, ExitReason.INVOLUNTARY);
        } else if (tenure > 30 && draw < voluntary + INVOLUNTARY_PER_MONTH + 0.01) {
            leave(worker, month, ExitReason.RETIREMENT);
        } else if (random.nextDouble() < PROMOTION_PER_MONTH && tenure >= 1 && worker.group.next() != worker.group) {
            BigDecimal raise = worker.group
                    .next()
                    .targetSalary
                    .divide(worker.group.targetSalary, 6, java.math.RoundingMode.HALF_EVEN);
            worker.group = worker.group.next();
            worker.endSalary = worker.endSalary.multiply(raise);
            worker.record(month.atDay(1), spec.lastMonth());
        } else if (random.nextDouble() < TRANSFER_PER_MONTH) {
            workforce.transfer(worker, month.atDay(1));
        }
    }

    private void leave(Worker worker, YearMonth month, ExitReason reason) {
        int earliest = worker.currentFrom().getMonth() == month.getMonth()
                        && worker.currentFrom().getYear() == month.getYear()
                ? worker.currentFrom().getDayOfMonth()
                : 1;
        int lastDay = earliest + random.nextInt(month.lengthOfMonth() - earliest + 1);
        worker.exit = Optional.of(new Employee.Exit(month.atDay(lastDay), reason));
        teams.forEach(team -> team.remove(worker));
    }
}
