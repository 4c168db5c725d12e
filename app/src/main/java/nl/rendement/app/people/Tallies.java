package nl.rendement.app.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everyone counted in each group they belong to: the organisation, their unit and the units
 * above it (as the tree stands on the day), and their job group. Leavers and monthly headcounts
 * count where the person was then.
 */
final class Tallies {

    /** Monthly days in the timeline: the day itself and the same day of the 35 months before. */
    static final int MONTHS = 36;

    /** Turnover covers the 12 months up to the day; its average headcount the 13 monthly days. */
    static final int YEAR = 12;

    private final UnitTree tree;
    private final Tally organisation = new Tally();
    private final Map<Long, Tally> units = new HashMap<>();
    private final Map<String, Tally> jobGroups = new TreeMap<>();
    private final List<MonthCount> months = new ArrayList<>();

    private Tallies(UnitTree tree) {
        this.tree = tree;
    }

    static Tallies gather(Employees employees, UnitTree tree, LocalDate day, Currency currency, UnitReach reach) {
        Tallies tallies = new Tallies(tree);
        for (int back = 0; back < MONTHS; back++) {
            LocalDate point = day.minusMonths(back);
            List<Employees.Snapshot> people = employees.employedOn(point, reach);
            for (Employees.Snapshot person : people) {
                if (back == 0) {
                    tallies.groupsOf(person).forEach(group -> group.count(person, day, currency));
                }
                if (back <= YEAR) {
                    tallies.groupsOf(person).forEach(Tally::countInMonth);
                }
            }
            tallies.months.add(tallies.month(point, people));
        }
        for (Employees.Snapshot leaver :
                employees.leftBetween(day.minusMonths(YEAR).plusDays(1), day, reach)) {
            ExitReason reason = leaver.employee().exit().orElseThrow().reason();
            tallies.groupsOf(leaver).forEach(group -> group.countLeaver(reason));
        }
        return tallies;
    }

    Tally organisation() {
        return organisation;
    }

    Tally unit(long id) {
        return units.computeIfAbsent(id, unit -> new Tally());
    }

    /** The job groups by name. */
    Map<String, Tally> jobGroups() {
        return Collections.unmodifiableMap(jobGroups);
    }

    /** The monthly days, newest first. */
    List<MonthCount> months() {
        return List.copyOf(months);
    }

    private List<Tally> groupsOf(Employees.Snapshot person) {
        List<Tally> groups = new ArrayList<>();
        groups.add(organisation);
        tree.selfAndAbove(person.attributes().unitId()).forEach(id -> groups.add(unit(id)));
        groups.add(jobGroups.computeIfAbsent(person.attributes().jobGroup(), group -> new Tally()));
        return groups;
    }

    private MonthCount month(LocalDate point, List<Employees.Snapshot> people) {
        Map<Long, Long> perUnit = new HashMap<>();
        for (Employees.Snapshot person : people) {
            tree.selfAndAbove(person.attributes().unitId()).forEach(id -> perUnit.merge(id, 1L, Long::sum));
        }
        return new MonthCount(point, people.size(), perUnit);
    }

    /** The headcount on one monthly day: in total, and per unit with the units below it. */
    record MonthCount(LocalDate day, long total, Map<Long, Long> perUnit) {

        MonthCount {
            perUnit = Map.copyOf(perUnit);
        }

        long of(long unitId) {
            return perUnit.getOrDefault(unitId, 0L);
        }
    }
}
