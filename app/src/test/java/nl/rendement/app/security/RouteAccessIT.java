package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may use which route, for every route the application serves: the routes are found at
 * runtime, so a new route without a row in {@link #EXPECTED} fails the build, and so does a row
 * whose route is gone. Requests fill path variables with ids that do not exist and carry no
 * form fields, so an allowed request changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class RouteAccessIT {

    /** Who asks. A new kind of caller is one constant here and one column in the table. */
    enum Caller {
        ANONYMOUS("anonymous", ""),
        VIEWER("viewer", "viewer"),
        ANALYST("analyst", "analyst"),
        ADMIN("admin", "admin"),
        ADMIN_ANALYST("admin+analyst", "director");

        private final String column;
        private final String demoLogin;

        Caller(String column, String demoLogin) {
            this.column = column;
            this.demoLogin = demoLogin;
        }

        /** Signs the request in with the demo login's real roles, as its account holds them. */
        RequestPostProcessor identity(UserDetailsService accounts) {
            return demoLogin.isEmpty() ? anonymous() : user(accounts.loadUserByUsername(demoLogin));
        }

        static Caller inColumn(String column) {
            return Arrays.stream(values())
                    .filter(caller -> caller.column.equals(column))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No caller for column " + column));
        }
    }

    private static final String EXPECTED = """
            route                               anonymous  viewer     analyst    admin      admin+analyst
            GET  /                              LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED
            GET  /login                         ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            GET  /setup                         NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND
            POST /setup                         NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND
            POST /language                      ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            ANY  /error                         ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            GET  /actuator/health               ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            GET  /actuator/health/**            ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            GET  /portfolio                     LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED
            GET  /programmes                    LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED
            GET  /people                        LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED
            GET  /data                          LOGIN      FORBIDDEN  ALLOWED    FORBIDDEN  ALLOWED
            GET  /settings                      LOGIN      ALLOWED    ALLOWED    ALLOWED    ALLOWED
            POST /settings                      LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED
            GET  /settings/users                LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED
            POST /settings/users                LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED
            POST /settings/users/{id}/roles     LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED
            POST /settings/users/{id}/enabled   LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED
            POST /settings/users/{id}/password  LOGIN      FORBIDDEN  FORBIDDEN  ALLOWED    ALLOWED
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

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
            Map<Caller, Outcome> expected = expectations().getOrDefault(route, Map.of());
            for (Map.Entry<Caller, Outcome> cell : expected.entrySet()) {
                for (HttpMethod method : route.methodsToTry()) {
                    MockHttpServletResponse response = perform(method, route, cell.getKey());
                    Outcome actual = Outcome.of(route, response);
                    if (actual != cell.getValue()) {
                        mismatches.add(String.format(
                                "%s %s as %s: expected %s, was %s (status %d, redirect %s)",
                                method,
                                route.examplePath(),
                                cell.getKey().column,
                                cell.getValue(),
                                actual,
                                response.getStatus(),
                                response.getRedirectedUrl()));
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(footprint()).as("allowed requests changed nothing").isEqualTo(before);
    }

    @Test
    void servesStaticAssetsToAnonymousCallersButNothingElseUnknown() throws Exception {
        for (String asset : List.of("/css/rendement.css", "/images/logo.svg", "/webjars/htmx.org/dist/htmx.min.js")) {
            assertThat(mvc.perform(get(asset)).andReturn().getResponse().getStatus())
                    .as(asset)
                    .isEqualTo(200);
        }
        Route unknown = Route.parse("GET /no-such-page");
        assertThat(Outcome.of(
                        unknown, mvc.perform(get("/no-such-page")).andReturn().getResponse()))
                .isEqualTo(Outcome.LOGIN);
    }

    private MockHttpServletResponse perform(HttpMethod method, Route route, Caller caller) throws Exception {
        return mvc.perform(request(method, route.examplePath())
                        .with(caller.identity(accounts))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** The table, parsed; a row must have one outcome for each caller, a caller one column. */
    private static Map<Route, Map<Caller, Outcome>> expectations() {
        List<String[]> rows = EXPECTED.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .toList();
        List<Caller> columns =
                Arrays.stream(rows.get(0)).skip(1).map(Caller::inColumn).toList();
        if (!Set.copyOf(columns).equals(Set.of(Caller.values())) || columns.size() != Caller.values().length) {
            throw new IllegalStateException("The table needs one column for each caller: " + columns);
        }
        Map<Route, Map<Caller, Outcome>> table = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if (row.length != columns.size() + 2) {
                throw new IllegalStateException("Row without one outcome per caller: " + String.join(" ", row));
            }
            Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);
            for (int column = 0; column < columns.size(); column++) {
                outcomes.put(columns.get(column), Outcome.valueOf(row[column + 2]));
            }
            if (table.put(new Route(row[0], row[1]), outcomes) != null) {
                throw new IllegalStateException("Two rows for " + row[0] + " " + row[1]);
            }
        }
        return table;
    }

    private Footprint footprint() {
        return new Footprint(
                count("select count(*) from app_user"),
                count("select count(*) from app_user_change"),
                count("select version from organisation_settings"),
                count("select count(*) from organisation_settings_change"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** What an allowed request could have changed. */
    private record Footprint(long users, long accountChanges, long settingsVersion, long settingsChanges) {}
}
