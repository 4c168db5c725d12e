package nl.rendement.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What the one layout needs on every page: who is signed in, which navigation they may use. */
@ControllerAdvice
class LayoutAdvice {

    private final InstanceMode mode;

    LayoutAdvice(InstanceMode mode) {
        this.mode = mode;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        Locale language = RequestContextUtils.getLocale(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Layout(path, language.getLanguage(), mode == InstanceMode.DEMO, roles());
    }

    private static Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
