package nl.rendement.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.rendement.app.system.Languages;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** After login, speaks the language the user chose last time, on any device. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Accounts accounts;
    private final LocaleResolver localeResolver;

    LoginSuccessHandler(Accounts accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        accounts.byUsername(authentication.getName())
                .flatMap(Account::language)
                .flatMap(Languages::byTag)
                .ifPresent(language -> localeResolver.setLocale(request, response, language));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
