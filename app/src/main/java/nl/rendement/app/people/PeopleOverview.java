package nl.rendement.app.people;

import java.time.LocalDate;
import java.util.Currency;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.organisation.OrganisationSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ConcurrentLruCache;

/**
 * The organisation in aggregates as of a day: headcount, FTE, tenure, salary quartiles and
 * turnover per unit and job group, and the headcount over 36 months, every figure decided by the
 * small-group rule with k from the settings.
 *
 * <p>Working them out reads every employee's history month by month (on the demo about 100,000
 * rows, most of a second), so the page reads them as kept here, in memory: per day, reach, k and
 * currency, and per {@link PeopleChanges} count, so that any change of people data (an import, an
 * erasure, an edit of an employee or a unit) makes them be worked out again on the next request.
 * Kept in memory rather than in a table because they are only a shortcut: a restart or a full
 * cache loses nothing, and there is nothing to migrate or to erase. The cache is bounded, since
 * every day a reader may ask for is a key of its own.
 */
@Service
class PeopleOverview {

    /** Overviews kept: a few days for each kind of reach. */
    private static final int KEPT = 64;

    private final Employees employees;
    private final OrgUnits units;
    private final Organisation organisation;
    private final PeopleChanges changes;
    private final ConcurrentLruCache<Key, Overview> kept = new ConcurrentLruCache<>(KEPT, this::workOut);

    PeopleOverview(Employees employees, OrgUnits units, Organisation organisation, PeopleChanges changes) {
        this.employees = employees;
        this.units = units;
        this.organisation = organisation;
        this.changes = changes;
    }

    boolean anyone() {
        return employees.any();
    }

    /** Today, or the last day anyone worked here when nobody does today. */
    LocalDate defaultDay(LocalDate today) {
        if (employees.anyoneEmployedOn(today)) {
            return today;
        }
        return employees.lastExit().filter(day -> day.isBefore(today)).orElse(today);
    }

    /**
     * The figures of the units the reach allows: a limited user's total is that of their units,
     * their units are the roots of the tree, and everyone outside them is never read.
     */
    @Transactional(readOnly = true)
    Overview asOf(LocalDate day, UnitReach reach) {
        OrganisationSettings settings = organisation.settings();
        return kept.get(
                new Key(changes.count(), day, reach, settings.anonymityThreshold(), settings.reportingCurrency()));
    }

    private Overview workOut(Key key) {
        SmallGroups rule = SmallGroups.of(key.k());
        UnitTree tree = new UnitTree(units.asOf(key.day()).stream()
                .filter(unit -> key.reach().includes(unit.id()))
                .toList());
        Tallies tallies = Tallies.gather(employees, tree, key.day(), key.currency(), key.reach());
        OverviewRows rows = new OverviewRows(rule, tallies, tree);
        TimelineRows timeline = new TimelineRows(rule, tree);
        return new Overview(
                key.day(),
                !key.reach().everyUnit(),
                rule.k(),
                key.currency(),
                rows.total(),
                rows.units(),
                rows.jobGroups(),
                timeline.units(),
                timeline.months(tallies.months()));
    }

    /** What an overview depends on: the people data as of a count of changes, and the reader's settings and reach. */
    private record Key(long changes, LocalDate day, UnitReach reach, int k, Currency currency) {}
}
