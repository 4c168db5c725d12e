package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may use which route, for every route the application serves: the routes are found at
 * runtime, so a new route without a row in {@link #EXPECTED} fails the build, and so does a row
 * whose route is gone. Requests fill path variables with ids that do not exist and carry no
 * form fields, so an allowed request changes nothing; the 404 such an id earns still counts as
 * allowed (see {@link Outcome#of}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class RouteAccessIT {

    private static final String EXPECTED = """
            route                               anonymous  viewer     analyst    admin      admin+analyst  unit-analyst  token-in-scope  token-out-of-scope
            GET  /                              LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /login                         ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  ALLOWED  ALLOWED
            GET  /setup                         NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND
            POST /setup                         NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND
            POST /language                      ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  ALLOWED  ALLOWED
            ANY  /error                         ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  ALLOWED  ALLOWED
            GET  /actuator/health               ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  ALLOWED  ALLOWED
            GET  /actuator/health/**            ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  ALLOWED  ALLOWED
            GET  /portfolio                     LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /programmes                    LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes                    LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /programmes/new                LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /programmes/{id}               LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}               LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /programmes/{id}/edit          LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /programmes/{id}/participants  LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /programmes/{id}/cohorts/new   LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/cohorts       LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /programmes/{id}/cohorts/{cohortId}/edit  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/cohorts/{cohortId}       LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/plan/undo  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /programmes/{id}/steps/{step}  LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/value/measures/{kpi}  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/goals/plan  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/goals/{section}/add  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/goals/{section}/{index}/remove  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/value/measures/{kpi}/isolation  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/value/costs  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/value/costs/lines  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/value/intangibles/add  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/value/intangibles/{index}/remove  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/baseline/windows  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/baseline/comparison  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/roi/horizon  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/roi/discount-rate  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/roi/rules  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/roi/forecast  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/roi/forecast/remove  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/roi/forecast/costs/add  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/steps/roi/forecast/costs/{index}/remove  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/runs          LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /programmes/{id}/versions/{number}/freeze  LOGIN  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /programmes/{id}/versions/{number}/trail  LOGIN  ALLOWED  ALLOWED  ALLOWED  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /people                        LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /people/employees              LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /people/employees/{pseudonym}  LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /people/employees/{pseudonym}/erase  LOGIN  FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /data                          LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /data/templates/{kind}.{extension}  LOGIN  FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /data/imports                  LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /data/imports/{id}             LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /data/imports/{id}/problems.{extension}  LOGIN  FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /data/imports/{id}/progress    LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /data/exports/{kind}.{extension}  LOGIN  FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  ALLOWED  LOGIN  LOGIN
            GET  /data/imports/{id}/changes.{extension}  LOGIN  FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /data/imports/{id}/commit      LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /data/imports/{id}/discard     LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /data/imports/{id}/undo        LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /data/uploads/{token}          LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /data/uploads/{token}          LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /data/uploads/{token}/cancel   LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /data/mappings/{id}/forget     LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /settings                      LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED  ALLOWED  LOGIN  LOGIN
            POST /settings                      LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/exchange-rates       LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/exchange-rates/{id}/remove  LOGIN  FORBIDDEN  FORBIDDEN  ALLOWED  ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /settings/users                LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/users                LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/users/{id}/roles     LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/users/{id}/enabled   LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/users/{id}/password  LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /settings/users/{id}/access    LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/users/{id}/access    LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /settings/api-tokens           LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/api-tokens           LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            POST /settings/api-tokens/{id}/revoke  LOGIN   FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED  FORBIDDEN  LOGIN  LOGIN
            GET  /api/programmes/{id}/plan                UNAUTHORIZED  ALLOWED    ALLOWED  ALLOWED    ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            POST /api/programmes/{id}/plan                UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            PUT  /api/programmes/{id}/plan/{section}      UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            POST /api/programmes/{id}/plan/undo           UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            GET  /api/programmes/{id}/plan/revisions      UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            GET  /api/programmes/{id}/plan/documents      UNAUTHORIZED  ALLOWED    ALLOWED  ALLOWED    ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            POST /api/programmes/{id}/runs                UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            GET  /api/programmes/{id}/runs                UNAUTHORIZED  ALLOWED    ALLOWED  ALLOWED    ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            GET  /api/programmes/{id}/versions            UNAUTHORIZED  ALLOWED    ALLOWED  ALLOWED    ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            GET  /api/programmes/{id}/versions/current    UNAUTHORIZED  ALLOWED    ALLOWED  ALLOWED    ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            GET  /api/programmes/{id}/versions/{number}   UNAUTHORIZED  ALLOWED    ALLOWED  ALLOWED    ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            POST /api/programmes/{id}/versions/{number}/freeze  UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            GET  /api/programmes/{id}/versions/{number}/evaluation.zip  UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            POST /api/imports/{kind}                      UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  FORBIDDEN
            GET  /api/imports/{id}                        UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED
            POST /api/imports/{id}/commit                 UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED
            POST /api/imports/{id}/discard                UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED
            POST /api/imports/{id}/undo                   UNAUTHORIZED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  FORBIDDEN  ALLOWED  ALLOWED
            GET  /v3/api-docs                             UNAUTHORIZED  ALLOWED    ALLOWED  ALLOWED    ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            GET  /v3/api-docs.yaml                        UNAUTHORIZED  ALLOWED    ALLOWED  ALLOWED    ALLOWED  ALLOWED  FORBIDDEN  FORBIDDEN
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    /** The token callers' secrets, issued once for the context's database. */
    private static final Map<Caller, String> SECRETS = new EnumMap<>(Caller.class);

    @BeforeEach
    void issueTheTokenCallersTokens() {
        synchronized (SECRETS) {
            if (SECRETS.isEmpty()) {
                SECRETS.put(Caller.TOKEN_IN_SCOPE, issue(Route.EXAMPLE_KIND));
                SECRETS.put(Caller.TOKEN_OUT_OF_SCOPE, issue("leavers"));
            }
        }
    }

    private String issue(String kind) {
        String name =
                "route access " + kind + " " + UUID.randomUUID().toString().substring(0, 8);
        return tokens.issue("test", new NewToken.Checked(name, Set.of(kind), Set.of(), Optional.empty()))
                .secret();
    }

    @Test
    void expectsAnOutcomeForEveryRouteTheApplicationServes() {
        assertThat(Route.in(context))
                .as("routes without a row in RouteAccessIT.EXPECTED")
                .isSubsetOf(expectations().keySet());
    }

    @Test
    void expectsNothingOfRoutesThatNoLongerExist() {
        assertThat(expectations().keySet())
                .as("rows in RouteAccessIT.EXPECTED whose route the application no longer serves")
                .isSubsetOf(Route.in(context));
    }

    @Test
    void findsTheActuatorEndpointsAmongTheRoutes() {
        assertThat(Route.in(context))
                .contains(Route.parse("GET /actuator/health"), Route.parse("GET /actuator/health/**"));
    }

    @Test
    void givesEachCallerTheExpectedOutcomeOnEveryRoute() throws Exception {
        Footprint before = footprint();
        List<String> mismatches = new ArrayList<>();
        for (Route route : Route.in(context)) {
            for (Map.Entry<Caller, Outcome> cell :
                    expectations().getOrDefault(route, Map.of()).entrySet()) {
                for (HttpMethod method : route.methodsToTry()) {
                    mismatch(method, route, cell.getKey(), cell.getValue()).ifPresent(mismatches::add);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(footprint()).as("allowed requests changed nothing").isEqualTo(before);
    }

    @Test
    void servesStaticAssetsToAnonymousCallersButNothingElseUnknown() throws Exception {
        for (String asset :
                List.of("/css/rendement.css", "/images/logo.svg", "/webjars/htmx.org/2.0.10/dist/htmx.min.js")) {
            assertThat(mvc.perform(get(asset)).andReturn().getResponse().getStatus())
                    .as(asset)
                    .isEqualTo(200);
        }
        Route unknown = Route.parse("GET /no-such-page");
        assertThat(Outcome.of(
                        unknown, mvc.perform(get("/no-such-page")).andReturn().getResponse()))
                .isEqualTo(Outcome.LOGIN);
    }

    private Optional<String> mismatch(HttpMethod method, Route route, Caller caller, Outcome expected)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request(method, route.examplePath())
                        .with(caller.identity(accounts, SECRETS))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        Outcome actual = Outcome.of(route, response);
        if (actual == expected) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "%s %s as %s: expected %s, was %s (status %d, redirect %s)",
                method,
                route.examplePath(),
                caller.column(),
                expected,
                actual,
                response.getStatus(),
                response.getRedirectedUrl()));
    }

    private static Map<Route, Map<Caller, Outcome>> expectations() {
        return AccessTable.parse(EXPECTED);
    }

    private Footprint footprint() {
        return new Footprint(
                count("select count(*) from app_user"),
                count("select count(*) from app_user_change"),
                count("select version from organisation_settings"),
                count("select count(*) from organisation_settings_change"),
                count("select count(*) from programme"),
                count("select count(*) from cohort"),
                count("select count(*) from programme_change"),
                count("select count(*) from app_user_scope_unit"),
                count("select count(*) from app_user_scope_programme"),
                count("select count(*) from exchange_rate"),
                count("select count(*) from evaluation_plan_revision"),
                count("select count(*) from import_record"),
                count("select count(*) from api_token where revoked_at is null"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** What an allowed request could have changed. */
    private record Footprint(
            long users,
            long accountChanges,
            long settingsVersion,
            long settingsChanges,
            long programmes,
            long cohorts,
            long programmeChanges,
            long unitGrants,
            long programmeGrants,
            long exchangeRates,
            long planRevisions,
            long imports,
            long activeTokens) {}
}
