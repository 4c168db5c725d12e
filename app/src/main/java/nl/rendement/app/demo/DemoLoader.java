package nl.rendement.app.demo;

import java.time.LocalDate;
import java.util.Set;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.security.Scope;
import nl.rendement.app.security.Scopes;
import nl.rendement.app.security.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a generated organisation in one transaction, all of it through the importers
 * ({@link DemoFrontDoor}): people and programmes, then the evaluation data; then each programme's
 * evaluation plan ({@link DemoEvaluationPlans}); then limits the two
 * scoped demo logins.
 */
@Component
class DemoLoader {

    static final LocalDate UNITS_FROM = LocalDate.of(1980, 1, 1);

    static final String OWNER = "director";

    /** Who grants the scoped logins their scope, in the account history. */
    static final String ACTOR = "demo";

    /** The demo login limited to the first department (Verkoop), and the one limited to leadership. */
    static final String UNIT_SCOPED = "hrbp";

    static final String PROGRAMME_SCOPED = "programme-lead";

    private final DemoFrontDoor frontDoor;
    private final OrgUnits units;
    private final ProgrammeCatalogue catalogue;
    private final Scopes scopes;
    private final UserDirectory users;
    private final DemoEvaluationPlans plans;

    DemoLoader(
            DemoFrontDoor frontDoor,
            OrgUnits units,
            ProgrammeCatalogue catalogue,
            Scopes scopes,
            UserDirectory users,
            DemoEvaluationPlans plans) {
        this.frontDoor = frontDoor;
        this.plans = plans;
        this.units = units;
        this.catalogue = catalogue;
        this.scopes = scopes;
        this.users = users;
    }

    @Transactional
    void load(DemoOrganisation organisation) {
        frontDoor.organisation(organisation);
        frontDoor.load(organisation);
        plans.make(organisation);
        OrgUnit department = units.byCode(DemoStructure.departmentCode(0)).orElseThrow();
        Programme leadership = catalogue
                .byName(organisation.programmes().stream()
                        .filter(programme -> programme.type() == ProgrammeType.LEADERSHIP)
                        .findFirst()
                        .orElseThrow()
                        .name())
                .orElseThrow();
        limit(UNIT_SCOPED, new Scope(Set.of(department.id()), Set.of()));
        limit(PROGRAMME_SCOPED, new Scope(Set.of(), Set.of(leadership.id())));
    }

    private void limit(String login, Scope scope) {
        long user = users.idOf(login)
                .orElseThrow(() -> new IllegalStateException("The demo login " + login + " is missing"));
        scopes.limit(ACTOR, user, scope);
    }
}
