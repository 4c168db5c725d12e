package nl.rendement.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** While the instance has no administrator, every page leads to the first-run setup page. */
@Component
class SetupFilter extends OncePerRequestFilter {

    private static final List<String> ALWAYS_SERVED =
            List.of("/setup", "/favicon.ico", "/actuator/health", "/error", "/language");
    private static final List<String> ALWAYS_SERVED_BELOW =
            List.of("/css/", "/js/", "/images/", "/webjars/", "/actuator/health/");

    private final SetupState setup;

    SetupFilter(SetupState setup) {
        this.setup = setup;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean alwaysServed =
                ALWAYS_SERVED.contains(path) || ALWAYS_SERVED_BELOW.stream().anyMatch(path::startsWith);
        if (setup.needed() && !alwaysServed) {
            response.sendRedirect(request.getContextPath() + "/setup");
            return;
        }
        chain.doFilter(request, response);
    }
}
