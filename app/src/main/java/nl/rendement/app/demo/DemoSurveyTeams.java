package nl.rendement.app.demo;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.programme.ProgrammeType;

/**
 * The teams of the compliance programme as their team leaders see them: in which month more than
 * half of a team's members (mid-month, as {@link DemoKpis} counts incidents) had completed, and
 * what the team's incidents a month truly fell by some months later.
 */
final class DemoSurveyTeams {

    /** A team leader's month: the team, the month, the leader, its members and trained members, the true fall. */
    record TeamMonth(String team, YearMonth month, String leader, int members, int trained, double truth) {}

    private record Member(String employeeNumber, DemoOrganisation.Period state) {}

    private final DemoOrganisation organisation;
    private final Map<String, YearMonth> completed;

    DemoSurveyTeams(DemoOrganisation organisation, Map<String, YearMonth> completed) {
        this.organisation = organisation;
        this.completed = completed;
    }

    /** Each team mostly trained by a month, {@code after} months later, when that is within the history and it has a leader. */
    List<TeamMonth> mostlyTrained(int after) {
        Map<YearMonth, Map<String, List<Member>>> months = new LinkedHashMap<>();
        for (YearMonth month = organisation.spec().firstMonth();
                !month.isAfter(organisation.spec().lastMonth());
                month = month.plusMonths(1)) {
            months.put(month, membersByTeam(month));
        }
        List<TeamMonth> teams = new ArrayList<>();
        for (DemoOrganisation.Unit team : organisation.units()) {
            if (team.kind() != UnitKind.TEAM) {
                continue;
            }
            Optional<YearMonth> mostly = months.keySet().stream()
                    .filter(month -> mostlyTrained(months.get(month).getOrDefault(team.code(), List.of()), month))
                    .findFirst();
            Optional<YearMonth> asked =
                    mostly.map(month -> month.plusMonths(after)).filter(months::containsKey);
            asked.flatMap(month ->
                            leaderMonth(team.code(), month, months.get(month).getOrDefault(team.code(), List.of())))
                    .ifPresent(teams::add);
        }
        return teams;
    }

    private boolean mostlyTrained(List<Member> members, YearMonth month) {
        long trained =
                members.stream().filter(member -> completedBy(member, month)).count();
        return !members.isEmpty() && trained * 2 > members.size();
    }

    private Optional<TeamMonth> leaderMonth(String team, YearMonth month, List<Member> members) {
        Optional<String> leader = members.stream()
                .filter(member -> JobGroup.byLabel(member.state().jobGroup()) == JobGroup.SUPERVISOR)
                .map(Member::employeeNumber)
                .findFirst();
        double truth = 0;
        int trained = 0;
        for (Member member : members) {
            YearMonth done = completed.get(member.employeeNumber());
            if (done != null && done.isBefore(month)) {
                trained++;
                truth += DemoSurveys.trueImprovement(
                        ProgrammeType.COMPLIANCE, member.state(), ChronoUnit.MONTHS.between(done, month));
            }
        }
        double fall = truth;
        int trainedMembers = trained;
        return leader.map(number -> new TeamMonth(team, month, number, members.size(), trainedMembers, fall));
    }

    private boolean completedBy(Member member, YearMonth month) {
        YearMonth done = completed.get(member.employeeNumber());
        return done != null && !done.isAfter(month);
    }

    private Map<String, List<Member>> membersByTeam(YearMonth month) {
        Map<String, List<Member>> teams = new LinkedHashMap<>();
        for (DemoOrganisation.Person person : organisation.people()) {
            DemoHistory.on(person, month.atDay(15))
                    .ifPresent(state -> teams.computeIfAbsent(state.unitCode(), unused -> new ArrayList<>())
                            .add(new Member(person.employeeNumber(), state)));
        }
        return teams;
    }
}
