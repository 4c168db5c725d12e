package nl.rendement.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import nl.rendement.app.system.ApiProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API ({@code /api/**}) and its OpenAPI document, ahead of the pages' chain: HTTP Basic
 * through the same authentication manager as the login form (so the same throttle), or an API
 * token for the import API only; no session, and refusals as problem details, never a redirect to
 * the login page. See docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String[] PATHS = {"/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};

    private static final String REALM = "Rendement";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManager authentication,
            ApiProblems problems,
            SetupState setup,
            ApiTokens tokens,
            LoginThrottle throttle,
            Scopes scopes)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    failure instanceof LoginThrottled ? "api.error.throttled" : "api.error.unauthorized");
        };
        AccessDeniedHandler denied = (request, response, refused) -> problems.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                ApiTokenAuthentication.of(SecurityContextHolder.getContext().getAuthentication())
                        .map(token -> request.getRequestURI().startsWith(request.getContextPath() + "/api/imports/")
                                ? "api.error.tokenKind"
                                : "api.error.tokenOnlyImports")
                        .orElse("api.error.role"));
        // As the pages lead to the setup page, the API waits until an administrator exists.
        OncePerRequestFilter setupFirst = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (setup.needed()) {
                    problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "api.error.setup");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        http.securityMatcher(PATHS)
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        // Imports write people's data whatever their unit: a token, or an analyst without limits.
                        .requestMatchers(HttpMethod.POST, "/api/imports/{kind}")
                        .access(importer(scopes, true))
                        .requestMatchers("/api/imports", "/api/imports/**")
                        .access(importer(scopes, false))
                        // A plan's revisions name who changed it: change history is for analysts, as on the pages.
                        .requestMatchers(HttpMethod.GET, "/api/programmes/*/plan/revisions")
                        .hasRole(Role.ANALYST.name())
                        // A version's evaluation file holds person-level rows (by pseudonym): for analysts.
                        .requestMatchers(HttpMethod.GET, "/api/programmes/*/versions/*/evaluation.zip")
                        .hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.GET, PATHS)
                        .hasRole(Role.VIEWER.name())
                        .anyRequest()
                        .hasRole(Role.ANALYST.name()))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Every write signed in with Basic consumes application/json only, which a cross-site form cannot
                // send and a cross-site script cannot send without a CORS preflight, which Rendement never grants.
                // A file upload (multipart) is taken from a token only: no browser adds a bearer token by itself.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(setupFirst, AuthorizationFilter.class)
                .addFilterBefore(
                        new ApiTokenFilter(tokens, throttle, problems, Clock.systemDefaultZone()),
                        BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The import API's callers: an API token (with {@code ofKind}, one that may import the kind
     * in the path), or an analyst whom no administrator limited, as on the Data page.
     */
    private static AuthorizationManager<RequestAuthorizationContext> importer(Scopes scopes, boolean ofKind) {
        AuthorizationManager<RequestAuthorizationContext> analyst =
                SecurityConfiguration.unlimited(Role.ANALYST, scopes);
        return (authentication, context) -> {
            Optional<ApiToken> token = ApiTokenAuthentication.of(authentication.get());
            if (token.isEmpty()) {
                return analyst.authorize(authentication, context);
            }
            return new AuthorizationDecision(
                    !ofKind || token.get().mayImport(context.getVariables().getOrDefault("kind", "")));
        };
    }
}
