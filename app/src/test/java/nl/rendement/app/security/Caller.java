package nl.rendement.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Arrays;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who asks, as a column of {@link RouteAccessIT}'s table. A new kind of caller (a scoped user,
 * an API token) is one constant here and one column there.
 */
enum Caller {
    ANONYMOUS("anonymous", ""),
    VIEWER("viewer", "viewer"),
    ANALYST("analyst", "analyst"),
    ADMIN("admin", "admin"),
    ADMIN_ANALYST("admin+analyst", "director"),
    /** An analyst whom the administrator limited to one department. */
    UNIT_ANALYST("unit-analyst", "hrbp"),
    /** An API token that may import HR snapshots, the kind {@link Route#examplePath()} names. */
    TOKEN_IN_SCOPE("token-in-scope", ""),
    /** An API token that may import leavers only: not the kind {@link Route#examplePath()} names. */
    TOKEN_OUT_OF_SCOPE("token-out-of-scope", "");

    private final String column;
    private final String demoLogin;

    Caller(String column, String demoLogin) {
        this.column = column;
        this.demoLogin = demoLogin;
    }

    String column() {
        return column;
    }

    boolean token() {
        return this == TOKEN_IN_SCOPE || this == TOKEN_OUT_OF_SCOPE;
    }

    /**
     * Signs the request in as the demo login, with the roles its account really holds; a token
     * caller sends its secret as a bearer token.
     */
    RequestPostProcessor identity(UserDetailsService accounts, Map<Caller, String> secrets) {
        if (token()) {
            return request -> {
                request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secrets.get(this));
                return request;
            };
        }
        return demoLogin.isEmpty() ? anonymous() : user(accounts.loadUserByUsername(demoLogin));
    }

    static Caller inColumn(String column) {
        return Arrays.stream(values())
                .filter(caller -> caller.column.equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No caller for column " + column));
    }
}
