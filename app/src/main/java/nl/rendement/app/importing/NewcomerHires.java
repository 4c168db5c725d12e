package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.NewEmployee;

/**
 * The newcomers of one HR snapshot commit, hired in batches: each is checked as it comes (refused
 * when someone with their number, email or pseudonym exists since the preview, or their unit or
 * manager no longer does) and hired with the others waiting, at the latest when a newcomer's
 * manager is one of those waiting (newcomers come managers first). Each hire's add is claimed for
 * them ({@link ImportRecords#claim}) at the end.
 */
final class NewcomerHires {

    private final Employees employees;
    private final EmployeeIndex people;
    private final PeriodValues values;
    private final List<PlannedChange> waiting = new ArrayList<>();
    private final List<NewEmployee> hires = new ArrayList<>();
    private final Set<String> waitingKeys = new HashSet<>();
    private final List<ImportRecords.Claim> claims = new ArrayList<>();

    /** {@code people} and {@code values} are read once for the commit; hired newcomers are added to {@code people}. */
    NewcomerHires(Employees employees, EmployeeIndex people, PeriodValues values) {
        this.employees = employees;
        this.people = people;
        this.values = values;
    }

    void add(PlannedChange change) {
        NewcomerValue newcomer = NewcomerValue.parse(change.newValue());
        if (newcomer.period()
                .manager()
                .map(this::pseudonymKey)
                .filter(waitingKeys::contains)
                .isPresent()) {
            hireWaiting();
        }
        List<String> keys = keys(newcomer);
        boolean known = newcomer.number().flatMap(people::byNumber).isPresent()
                || newcomer.email()
                        .map(people::byEmail)
                        .filter(found -> !found.isEmpty())
                        .isPresent()
                || people.byPseudonym(newcomer.pseudonym()).isPresent()
                || keys.stream().anyMatch(waitingKeys::contains);
        Optional<EmployeeAttributes> attributes = values.attributes(newcomer.period());
        if (known || attributes.isEmpty()) {
            throw new ImportRefused("importing.commit.changedSince", change.row());
        }
        waiting.add(change);
        waitingKeys.addAll(keys);
        hires.add(new NewEmployee(
                newcomer.pseudonym(), newcomer.number(), newcomer.email(), newcomer.hireDate(), attributes.get()));
    }

    /** Hires everyone waiting. */
    void hireWaiting() {
        List<Employee> hired = employees.hire(hires);
        for (int i = 0; i < hired.size(); i++) {
            people.add(hired.get(i));
            claims.add(new ImportRecords.Claim(
                    hired.get(i).pseudonym(),
                    waiting.get(i).newValue(),
                    hired.get(i).id()));
        }
        waiting.clear();
        hires.clear();
        waitingKeys.clear();
    }

    /** The adds to claim for the newcomers hired. */
    List<ImportRecords.Claim> claims() {
        return List.copyOf(claims);
    }

    private List<String> keys(NewcomerValue newcomer) {
        List<String> keys = new ArrayList<>(List.of(pseudonymKey(newcomer.pseudonym())));
        newcomer.number().ifPresent(number -> keys.add("number " + number));
        newcomer.email().ifPresent(email -> keys.add("email " + email.toLowerCase(Locale.ROOT)));
        return keys;
    }

    private String pseudonymKey(String pseudonym) {
        return "pseudonym " + pseudonym;
    }
}
