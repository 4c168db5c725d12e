package nl.rendement.app.programme;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitReach;
import nl.rendement.app.security.Scope;
import nl.rendement.app.security.Scopes;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in user's reach into programmes, decided from their scope on every request. Other
 * features (the evaluation plan's API) ask it, as the programme pages do, before they show or
 * change anything of a programme.
 */
@Component
public class ProgrammeAccess {

    private final Scopes scopes;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final ProgrammeCatalogue catalogue;

    ProgrammeAccess(Scopes scopes, OrgUnits units, JdbcClient jdbc, ProgrammeCatalogue catalogue) {
        this.scopes = scopes;
        this.units = units;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    ProgrammeReach current() {
        return reachOf(scopes.current());
    }

    ProgrammeReach reachOf(Scope scope) {
        UnitReach reach = units.reachOf(scope);
        if (!scope.limited()) {
            return new ProgrammeReach(true, Set.of(), Set.of(), reach);
        }
        Set<Long> throughUnits = reach.noUnit()
                ? Set.of()
                : Set.copyOf(
                        jdbc.sql("select distinct pa.programme_id from participant pa" + ParticipantUnits.within(reach))
                                .params(ParticipantUnits.params(reach, Map.of()))
                                .query(Long.class)
                                .list());
        return new ProgrammeReach(false, scope.programmeIds(), throughUnits, reach);
    }

    /**
     * The ids of the programmes a scope sees, whole or through its units; empty for every
     * programme. What exports of programme data read.
     */
    public Optional<Set<Long>> visibleIds(Scope scope) {
        ProgrammeReach reach = reachOf(scope);
        if (reach.everything()) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>(reach.whole());
        ids.addAll(reach.throughUnits());
        return Optional.of(ids);
    }

    /** The programme when the reach sees it; one it does not see does not exist for the user (404). */
    Programme visible(ProgrammeReach reach, long id) {
        return catalogue.byId(id).filter(found -> reach.sees(found.id())).orElseThrow(ProgrammesController::notFound);
    }

    /**
     * The programme, when the signed-in user sees it, whole or through their units; one they do
     * not see does not exist for them (404).
     */
    public Programme visible(long id) {
        return visible(current(), id);
    }

    /**
     * Whether the signed-in user sees the programme whole, not only through their units: what
     * person-level views of the whole programme (the trail's respondents) require besides ANALYST.
     */
    public boolean seesWhole(long id) {
        return current().seesWhole(id);
    }

    /**
     * The programme, for a user who may change it: one they see whole. A programme they see only
     * through their units is forbidden (403); one they do not see does not exist for them (404).
     */
    public Programme editable(long id) {
        ProgrammeReach reach = current();
        Programme programme = visible(reach, id);
        if (!reach.seesWhole(id)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return programme;
    }
}
