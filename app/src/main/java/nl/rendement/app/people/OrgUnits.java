package nl.rendement.app.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The store of org units: departments and teams in a hierarchy, each with its lifetime. */
@Repository
public class OrgUnits {

    private static final String SELECT = "select id, code, name, kind, parent_id, valid_from, valid_to from org_unit";

    private final JdbcClient jdbc;
    private final PeopleChanges changes;

    OrgUnits(JdbcClient jdbc, PeopleChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Adds a unit from {@code validFrom}; its parent, if any, must exist then. */
    public OrgUnit add(String code, String name, UnitKind kind, Optional<Long> parentId, LocalDate validFrom) {
        parentId.ifPresent(parent -> {
            OrgUnit existing = byId(parent).orElseThrow(() -> new IllegalArgumentException("No unit " + parent));
            if (!existing.existsOn(validFrom)) {
                throw new IllegalArgumentException("Parent " + existing.code() + " does not exist on " + validFrom);
            }
        });
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (code, name, kind, parent_id, valid_from) values (?, ?, ?, ?, ?)")
                .params(code, name, kind.databaseValue(), parentId.orElse(null), Date.valueOf(validFrom))
                .update(key, "id");
        changes.changed();
        return byId(key.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    /** Ends a unit: it exists until the day before {@code validTo}. */
    public void dissolve(long id, LocalDate validTo) {
        jdbc.sql("update org_unit set valid_to = ? where id = ?")
                .params(Date.valueOf(validTo), id)
                .update();
        changes.changed();
    }

    /** Corrects a unit as an import does: its name, kind, parent and lifetime, all at once. */
    public void correct(
            long id,
            String name,
            UnitKind kind,
            Optional<Long> parentId,
            LocalDate validFrom,
            Optional<LocalDate> validTo) {
        jdbc.sql("update org_unit set name = ?, kind = ?, parent_id = ?, valid_from = ?, valid_to = ? where id = ?")
                .params(
                        name,
                        kind.databaseValue(),
                        parentId.orElse(null),
                        Date.valueOf(validFrom),
                        validTo.map(Date::valueOf).orElse(null),
                        id)
                .update();
        changes.changed();
    }

    /**
     * Removes a unit recorded by mistake. Refused while a unit below it or an employee's period
     * refers to it; the database refuses it while anything else does.
     */
    public void remove(long id) {
        long users = jdbc.sql("select (select count(*) from org_unit where parent_id = ?)"
                        + " + (select count(*) from employee_period where unit_id = ?)")
                .params(id, id)
                .query(Long.class)
                .single();
        if (users > 0) {
            throw new IllegalStateException("Unit " + id + " is in use");
        }
        jdbc.sql("delete from org_unit where id = ?").param(id).update();
        changes.changed();
    }

    public Optional<OrgUnit> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(OrgUnits::row).optional();
    }

    public Optional<OrgUnit> byCode(String code) {
        return jdbc.sql(SELECT + " where code = ?")
                .param(code)
                .query(OrgUnits::row)
                .optional();
    }

    /** The units that exist on a day, ordered by code. */
    public List<OrgUnit> asOf(LocalDate day) {
        return jdbc.sql(SELECT + " where valid_from <= ? and (valid_to is null or valid_to > ?) order by code")
                .params(Date.valueOf(day), Date.valueOf(day))
                .query(OrgUnits::row)
                .list();
    }

    /** Every unit ever, ordered by code. */
    public List<OrgUnit> all() {
        return jdbc.sql(SELECT + " order by code").query(OrgUnits::row).list();
    }

    /**
     * The units a scope reaches: every unit for an unlimited user; else the granted units with
     * every unit below them, ever (a unit keeps its parent for life). A scope of programmes only
     * reaches no unit.
     */
    public UnitReach reachOf(Scope scope) {
        if (!scope.limited()) {
            return UnitReach.EVERY_UNIT;
        }
        UnitTree tree = new UnitTree(all());
        Set<Long> reached = new HashSet<>();
        Deque<Long> open = new ArrayDeque<>(scope.unitIds());
        while (!open.isEmpty()) {
            long unit = open.pop();
            if (reached.add(unit)) {
                tree.children(unit).forEach(child -> open.push(child.id()));
            }
        }
        return UnitReach.only(reached);
    }

    private static OrgUnit row(ResultSet rs, int rowNum) throws SQLException {
        long parent = rs.getLong("parent_id");
        Optional<Long> parentId = rs.wasNull() ? Optional.empty() : Optional.of(parent);
        Date validTo = rs.getDate("valid_to");
        return new OrgUnit(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                UnitKind.fromDatabase(rs.getString("kind")),
                parentId,
                rs.getDate("valid_from").toLocalDate(),
                Optional.ofNullable(validTo).map(Date::toLocalDate));
    }
}
