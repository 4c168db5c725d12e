package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.rendement.app.people.Pseudonyms;

/** Who works where: staffing at the start, hiring up to each team's size, transfers between teams. */
final class DemoWorkforce {

    private static final int EXECUTIVES = 3;
    private static final double GROWTH_OVER_HISTORY = 0.03;

    private final DemoSpec spec;
    private final SplittableRandom random;
    private final List<Worker> workers;
    private final List<List<Worker>> teams;
    private final List<Worker> leaders = new ArrayList<>();
    private final int membersPerTeam;
    private int nextNumber = 100_001;

    DemoWorkforce(DemoSpec spec, SplittableRandom random, List<Worker> workers, List<List<Worker>> teams) {
        this.spec = spec;
        this.random = random;
        this.workers = workers;
        this.teams = teams;
        DemoSpec.DemoSize size = spec.size();
        int teamCount = size.departments * size.teamsPerDepartment;
        this.membersPerTeam = (size.headcount - EXECUTIVES - size.departments - teamCount) / teamCount;
    }

    void staffAtStart() {
        LocalDate start = spec.firstMonth().atDay(1);
        Worker chief = null;
        for (int i = 0; i < EXECUTIVES; i++) {
            Worker executive =
                    add(-1, DemoStructure.ROOT, JobGroup.EXECUTIVE, tenuredStart(start), true, Optional.empty());
            chief = chief == null ? executive : chief;
        }
        for (int d = 0; d < spec.size().departments; d++) {
            Worker head = add(
                    d,
                    DemoStructure.departmentCode(d),
                    JobGroup.MANAGER,
                    tenuredStart(start),
                    true,
                    Optional.of(chief.number));
            for (int t = 0; t < spec.size().teamsPerDepartment; t++) {
                Worker leader = add(
                        d,
                        DemoStructure.teamCode(d, t),
                        JobGroup.SUPERVISOR,
                        tenuredStart(start),
                        true,
                        Optional.of(head.number));
                leaders.add(leader);
                teams.add(new ArrayList<>());
                for (int m = 0; m < target(0); m++) {
                    join(t, d, tenuredStart(start));
                }
            }
        }
    }

    void hireUpTo(YearMonth month) {
        int index = (int) ChronoUnit.MONTHS.between(spec.firstMonth(), month);
        for (int team = 0; team < teams.size(); team++) {
            int department = team / spec.size().teamsPerDepartment;
            while (teams.get(team).size() < target(index)) {
                LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                join(team % spec.size().teamsPerDepartment, department, day);
            }
        }
    }

    void transfer(Worker worker, LocalDate day) {
        int teamsPerDepartment = spec.size().teamsPerDepartment;
        if (teamsPerDepartment < 2) {
            return;
        }
        int from = teams.indexOf(
                teams.stream().filter(team -> team.contains(worker)).findFirst().orElseThrow());
        int to = worker.department * teamsPerDepartment
                + (from % teamsPerDepartment + 1 + random.nextInt(teamsPerDepartment - 1)) % teamsPerDepartment;
        teams.get(from).remove(worker);
        teams.get(to).add(worker);
        worker.unit = DemoStructure.teamCode(worker.department, to % teamsPerDepartment);
        worker.manager = Optional.of(leaders.get(to).number);
        worker.record(day, day, spec.lastMonth());
    }

    private int target(int monthIndex) {
        double share = 1 - GROWTH_OVER_HISTORY + GROWTH_OVER_HISTORY * monthIndex / (DemoSpec.MONTHS - 1);
        return (int) Math.round(membersPerTeam * share);
    }

    private void join(int team, int department, LocalDate hired) {
        int index = department * spec.size().teamsPerDepartment + team;
        JobGroup group = hired.isAfter(spec.firstMonth().atDay(1)) && random.nextDouble() < 0.5
                ? JobGroup.ENTRY
                : DemoStructure.memberGroup(department, random.nextDouble());
        Worker member = add(
                department,
                DemoStructure.teamCode(department, team),
                group,
                hired,
                false,
                Optional.of(leaders.get(index).number));
        teams.get(index).add(member);
    }

    private Worker add(
            int department, String unit, JobGroup group, LocalDate hired, boolean leader, Optional<String> manager) {
        // The importer gives every newcomer a pseudonym; this draw of the one the demo once gave
        // them stays, so that the seed still makes the same organisation.
        Pseudonyms.next(random);
        Worker worker = new Worker(String.valueOf(nextNumber++), hired, department, leader);
        worker.unit = unit;
        worker.group = group;
        worker.manager = manager;
        double spread = Math.exp(0.10 * gaussian());
        worker.endSalary =
                group.targetSalary.multiply(BigDecimal.valueOf(spread)).setScale(0, RoundingMode.HALF_EVEN);
        worker.fte = fte(group);
        LocalDate start = spec.firstMonth().atDay(1);
        worker.record(hired, hired.isBefore(start) ? start : hired, spec.lastMonth());
        workers.add(worker);
        return worker;
    }

    private LocalDate tenuredStart(LocalDate start) {
        double years = Math.min(40, -DemoGenerator.MEAN_TENURE_YEARS_AT_START * Math.log(1 - random.nextDouble()));
        return start.minusDays(1 + (long) (years * 365.25));
    }

    private BigDecimal fte(JobGroup group) {
        double draw = random.nextDouble();
        double fullTime = group == JobGroup.ENTRY ? 0.45 : 0.70;
        double fourDays = group == JobGroup.ENTRY ? 0.30 : 0.20;
        return draw < fullTime
                ? BigDecimal.ONE
                : draw < fullTime + fourDays ? new BigDecimal("0.8") : new BigDecimal("0.6");
    }

    private double gaussian() {
        return DemoDraws.gaussian(random);
    }
}
