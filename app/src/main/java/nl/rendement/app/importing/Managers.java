package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.people.Employee;

/**
 * The managers an HR snapshot names, by employee number or email: each one a stored employee
 * employed on the snapshot date or a newcomer of the same file, never the row's own employee, and
 * never in a circle of rows that manage each other. A row whose manager is a newcomer whose row
 * cannot be imported cannot be imported either. Newcomers are put in an order in which every new
 * manager comes before the people they manage.
 */
final class Managers {

    private final EmployeeIndex employees;
    private final LocalDate day;
    private final ImportPlan plan;
    private final List<SnapshotRow> rows;
    /** The row that names an employee or newcomer, by pseudonym. */
    private final Map<String, SnapshotRow> byPseudonym = new HashMap<>();
    /** Newcomers by their employee number and by their email in lower case. */
    private final Map<String, SnapshotRow> newcomers = new HashMap<>();
    /** A row's manager by pseudonym, for rows whose manager was found. */
    private final Map<Integer, String> managers = new HashMap<>();

    Managers(EmployeeIndex employees, LocalDate day, ImportPlan plan, List<SnapshotRow> rows) {
        this.employees = employees;
        this.day = day;
        this.plan = plan;
        this.rows = List.copyOf(rows);
        for (SnapshotRow row : rows) {
            if (row.stored().isPresent() || row.newcomer()) {
                byPseudonym.putIfAbsent(row.pseudonym(), row);
            }
            if (row.newcomer()) {
                row.number().ifPresent(number -> newcomers.putIfAbsent("number " + number, row));
                row.email().ifPresent(email -> newcomers.putIfAbsent("email " + lower(email), row));
            }
        }
    }

    /** Finds every row's manager, with a problem for each one that cannot be. */
    void resolve() {
        rows.stream().filter(row -> row.manager().isPresent()).forEach(this::resolve);
        rows.forEach(row -> circle(row)
                .ifPresent(circle -> plan.problem(
                        row.row(),
                        SnapshotRows.MANAGER,
                        row.manager().orElseThrow(),
                        row.employeeId(),
                        "importing.hr-snapshot.managerCircle",
                        circle)));
        boolean more = true;
        while (more) {
            more = false;
            for (SnapshotRow row : rows) {
                Optional<SnapshotRow> manager = managerRow(row).filter(SnapshotRow::newcomer);
                if (!plan.hasProblem(row.row())
                        && manager.filter(found -> plan.hasProblem(found.row())).isPresent()) {
                    plan.problem(
                            row.row(),
                            SnapshotRows.MANAGER,
                            row.manager().orElseThrow(),
                            row.employeeId(),
                            "importing.hr-snapshot.managerNotImported",
                            manager.get().row().number());
                    more = true;
                }
            }
        }
    }

    /** The manager the row names, as a pseudonym (a newcomer's is the one generated for them). */
    Optional<String> of(SnapshotRow row) {
        return Optional.ofNullable(managers.get(row.row().number()));
    }

    /** The newcomers, each after the newcomer who manages them. */
    List<SnapshotRow> newcomersManagersFirst() {
        List<SnapshotRow> order = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        rows.stream().filter(SnapshotRow::newcomer).forEach(row -> visit(row, order, visited));
        return order;
    }

    private void visit(SnapshotRow row, List<SnapshotRow> order, Set<Integer> visited) {
        if (!visited.add(row.row().number())) {
            return;
        }
        managerRow(row).filter(SnapshotRow::newcomer).ifPresent(manager -> visit(manager, order, visited));
        order.add(row);
    }

    private void resolve(SnapshotRow row) {
        String written = row.manager().orElseThrow();
        Map<String, Optional<Employee>> found = candidates(written);
        Optional<Employee> stored =
                found.values().stream().flatMap(Optional::stream).findFirst();
        Optional<Long> id = row.employeeId();
        if (found.isEmpty()) {
            plan.problem(row.row(), SnapshotRows.MANAGER, written, id, "importing.hr-snapshot.unknownManager");
        } else if (found.size() > 1) {
            plan.problem(
                    row.row(),
                    SnapshotRows.MANAGER,
                    written,
                    id,
                    "importing.hr-snapshot.managerAmbiguous",
                    found.size());
        } else if (row.names(found.keySet().iterator().next())) {
            plan.problem(row.row(), SnapshotRows.MANAGER, written, id, "importing.hr-snapshot.ownManager");
        } else if (stored.filter(manager -> !manager.employedOn(day)).isPresent()) {
            plan.problem(row.row(), SnapshotRows.MANAGER, written, id, "importing.hr-snapshot.managerNotEmployed", day);
        } else {
            managers.put(row.row().number(), found.keySet().iterator().next());
        }
    }

    /** Everyone the text may mean, by pseudonym: stored employees and the file's newcomers. */
    private Map<String, Optional<Employee>> candidates(String written) {
        Map<String, Optional<Employee>> found = new LinkedHashMap<>();
        employees.byNumber(written).ifPresent(employee -> found.put(employee.pseudonym(), Optional.of(employee)));
        employees.byEmail(written).forEach(employee -> found.put(employee.pseudonym(), Optional.of(employee)));
        Optional.ofNullable(newcomers.get("number " + written))
                .ifPresent(row -> found.put(row.pseudonym(), Optional.empty()));
        Optional.ofNullable(newcomers.get("email " + lower(written)))
                .ifPresent(row -> found.put(row.pseudonym(), Optional.empty()));
        return found;
    }

    /** The file's row of the row's manager, when the manager has one. */
    private Optional<SnapshotRow> managerRow(SnapshotRow row) {
        return of(row).map(byPseudonym::get);
    }

    /** The rows from this one up its managers and back to it ({@code 3 → 5 → 3}), when they form a circle. */
    private Optional<String> circle(SnapshotRow start) {
        List<SnapshotRow> path = new ArrayList<>(List.of(start));
        Optional<SnapshotRow> next = managerRow(start);
        while (next.isPresent() && !path.contains(next.get())) {
            path.add(next.get());
            next = managerRow(next.get());
        }
        if (next.filter(start::equals).isEmpty()) {
            return Optional.empty();
        }
        path.add(start);
        return Optional.of(
                path.stream().map(row -> String.valueOf(row.row().number())).collect(Collectors.joining(" \u2192 ")));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
