package nl.rendement.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.rendement.app.system.ApiProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API ({@code /api/**}) and its OpenAPI document, ahead of the pages' chain: HTTP Basic
 * through the same authentication manager as the login form (so the same throttle), no session,
 * and refusals as problem details, never a redirect to the login page. See docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String[] PATHS = {"/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};

    private static final String REALM = "Rendement";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, AuthenticationManager authentication, ApiProblems problems, SetupState setup)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    failure instanceof LoginThrottled ? "api.error.throttled" : "api.error.unauthorized");
        };
        AccessDeniedHandler denied = (request, response, refused) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "api.error.role");
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
                // Every write consumes application/json only, which a cross-site form cannot send and a
                // cross-site script cannot send without a CORS preflight, which Rendement never grants.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(setupFirst, AuthorizationFilter.class);
        return http.build();
    }
}
