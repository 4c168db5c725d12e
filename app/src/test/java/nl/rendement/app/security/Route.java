package nl.rendement.app.security;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * One request mapping: a method (or {@value #ANY} when the mapping accepts every method) and a
 * path pattern, written as {@code "POST /settings/users/{id}/roles"}.
 */
record Route(String method, String pattern) implements Comparable<Route> {

    static final String ANY = "ANY";

    /** An id that no table holds, so that a request that passes security still changes nothing. */
    static final String MISSING_ID = "999999";

    /** A kind of data that exists, so that a request passes or fails on the caller's scope alone. */
    static final String EXAMPLE_KIND = "hr-snapshot";

    private static final Pattern CATCH_ALL = Pattern.compile("\\{\\*[^}]+}|/\\*\\*");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}|\\*");
    private static final Comparator<Route> ORDER =
            Comparator.comparing(Route::pattern).thenComparing(Route::method);

    static Route parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not a route: " + text);
        }
        return new Route(parts[0], parts[1]);
    }

    /** Every route of every request mapping in the context, the actuator's endpoints included. */
    static SortedSet<Route> in(ApplicationContext context) {
        SortedSet<Route> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                List<String> methods = info.getMethodsCondition().getMethods().stream()
                        .map(RequestMethod::name)
                        .toList();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add(new Route(ANY, pattern));
                    }
                    methods.forEach(method -> routes.add(new Route(method, pattern)));
                }
            }
        }
        return routes;
    }

    /** A route of the JSON API or its OpenAPI document, which answer in JSON and never redirect. */
    boolean api() {
        return pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs");
    }

    boolean hasVariables() {
        return VARIABLE.matcher(pattern).find() || CATCH_ALL.matcher(pattern).find();
    }

    /**
     * A concrete path that this route serves, with {@value #EXAMPLE_KIND} for a kind of data (so
     * that a token's scope decides) and {@value #MISSING_ID} for every other variable.
     */
    String examplePath() {
        String rest = CATCH_ALL.matcher(pattern.replace("{kind}", EXAMPLE_KIND)).replaceAll("/" + MISSING_ID);
        return VARIABLE.matcher(rest).replaceAll(MISSING_ID);
    }

    /** The methods to try: the route's own, or GET and POST when it accepts any. */
    List<HttpMethod> methodsToTry() {
        return method.equals(ANY) ? List.of(HttpMethod.GET, HttpMethod.POST) : List.of(HttpMethod.valueOf(method));
    }

    @Override
    public int compareTo(Route other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
