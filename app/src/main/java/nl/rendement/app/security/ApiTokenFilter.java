package nl.rendement.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.rendement.app.system.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in with its {@code Authorization: Bearer} token: a token that is active
 * (not revoked, not expired) signs the request in as {@link ApiTokenAuthentication} for this
 * request only; any other is 401 with a problem body. Failed tokens are throttled per address like
 * logins: after {@value LoginThrottle#MAX_FAILURES_PER_ACCOUNT} within the window, every token
 * from that address is refused until the window passes. A request without a bearer token passes
 * on to HTTP Basic. The secret is never logged, nor kept beyond the look-up of its hash.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";
    private static final String THROTTLE_KEY = "\u0000token@";

    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final ApiProblems problems;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens, LoginThrottle throttle, ApiProblems problems, Clock clock) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        String key = THROTTLE_KEY + address;
        if (throttle.blocked(key, address)) {
            refuse(request, response, "api.error.throttled");
            return;
        }
        Optional<ApiToken> token = tokens.bySecret(
                        header.substring(BEARER.length()).strip())
                .filter(found -> found.activeOn(LocalDate.now(clock)));
        if (token.isEmpty()) {
            throttle.failed(key, address);
            refuse(request, response, "api.error.token");
            return;
        }
        throttle.succeeded(key);
        tokens.used(token.get().id(), clock.instant());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(token.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Rendement\", error=\"invalid_token\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, key);
    }
}
