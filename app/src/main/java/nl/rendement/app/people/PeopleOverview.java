package nl.rendement.app.people;

import java.time.LocalDate;
import java.util.Currency;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.organisation.OrganisationSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation in aggregates as of a day: headcount, FTE, tenure, salary quartiles and
 * turnover per unit and job group, and the headcount over 36 months, every figure decided by the
 * small-group rule with k from the settings.
 */
@Service
class PeopleOverview {

    private final Employees employees;
    private final OrgUnits units;
    private final Organisation organisation;

    PeopleOverview(Employees employees, OrgUnits units, Organisation organisation) {
        this.employees = employees;
        this.units = units;
        this.organisation = organisation;
    }

    boolean anyone() {
        return employees.any();
    }

    /** Today, or the last day anyone worked here when nobody does today. */
    LocalDate defaultDay(LocalDate today) {
        if (!employees.employedOn(today, UnitReach.EVERY_UNIT).isEmpty()) {
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
        SmallGroups rule = SmallGroups.of(settings.anonymityThreshold());
        Currency currency = settings.reportingCurrency();
        UnitTree tree = new UnitTree(units.asOf(day).stream()
                .filter(unit -> reach.includes(unit.id()))
                .toList());
        Tallies tallies = Tallies.gather(employees, tree, day, currency, reach);
        OverviewRows rows = new OverviewRows(rule, tallies, tree);
        TimelineRows timeline = new TimelineRows(rule, tree);
        return new Overview(
                day,
                !reach.everyUnit(),
                rule.k(),
                currency,
                rows.total(),
                rows.units(),
                rows.jobGroups(),
                timeline.units(),
                timeline.months(tallies.months()));
    }
}
