package nl.rendement.app.security;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_ASSETS = {"/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            SetupFilter setup,
            LoginSuccessHandler success,
            AuthenticationManager authentication,
            Scopes scopes)
            throws Exception {
        AuthorizationManager<RequestAuthorizationContext> unlimitedAnalyst = unlimited(Role.ANALYST, scopes);
        // Without this, form login builds its own manager from the UserDetailsService and skips the throttle.
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_ASSETS)
                        .permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .requestMatchers("/error", "/login", "/setup")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/language")
                        .permitAll()
                        // Creating a programme and erasing a person reach beyond any one unit or programme.
                        .requestMatchers("/programmes/new")
                        .access(unlimitedAnalyst)
                        .requestMatchers(HttpMethod.POST, "/programmes", "/people/employees/*/erase")
                        .access(unlimitedAnalyst)
                        // Imports write people's data whatever their unit: for the whole organisation only.
                        .requestMatchers("/data/imports/**", "/data/uploads/**", "/data/mappings/**")
                        .access(unlimitedAnalyst)
                        .requestMatchers("/people/**", "/data/**")
                        .hasRole(Role.ANALYST.name())
                        .requestMatchers(
                                "/programmes/new",
                                "/programmes/*/edit",
                                "/programmes/*/cohorts/**",
                                "/programmes/*/participants")
                        .hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.POST, "/programmes/**")
                        .hasRole(Role.ANALYST.name())
                        .requestMatchers("/settings/users/**", "/settings/api-tokens/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/settings", "/settings/exchange-rates/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .hasRole(Role.VIEWER.name()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(success)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")))
                .addFilterBefore(setup, AuthorizationFilter.class);
        return http.build();
    }

    /** The role, held by a user whom no administrator limited to some units or programmes. */
    static AuthorizationManager<RequestAuthorizationContext> unlimited(Role role, Scopes scopes) {
        AuthorizationManager<RequestAuthorizationContext> hasRole = AuthorityAuthorizationManager.hasRole(role.name());
        return (authentication, context) -> {
            AuthorizationResult byRole = hasRole.authorize(authentication, context);
            if (byRole == null || !byRole.isGranted()) {
                return byRole;
            }
            return new AuthorizationDecision(
                    !scopes.ofUsername(authentication.get().getName()).limited());
        };
    }

    /** The setup filter runs inside the security chain only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<SetupFilter> setupFilterOutsideTheSecurityChain(SetupFilter filter) {
        FilterRegistrationBean<SetupFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountDetailsService accounts,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(
                LoginThrottled.class.getName(), "/login?throttled",
                DisabledException.class.getName(), "/login?error"));
        return handler;
    }
}
