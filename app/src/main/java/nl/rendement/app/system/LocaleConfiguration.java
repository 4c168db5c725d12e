package nl.rendement.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Language: the user's choice (a cookie, restored from the account at login), else the browser's
 * Accept-Language, else the organisation's default language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    static final String COOKIE = "rendement-lang";

    @Bean
    MessageSource messageSource() {
        return Languages.messages();
    }

    @Bean
    LocaleResolver localeResolver(ObjectProvider<FallbackLanguage> fallback) {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> fromBrowser(request)
                .orElseGet(() ->
                        fallback.getIfAvailable(() -> () -> Languages.DUTCH).fallbackLanguage()));
        return resolver;
    }

    private static Optional<Locale> fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(locale -> Languages.byTag(locale.toLanguageTag()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
