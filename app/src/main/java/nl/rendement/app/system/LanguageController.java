package nl.rendement.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

@Controller
class LanguageController {

    private final LocaleResolver localeResolver;
    private final ApplicationEventPublisher events;

    LanguageController(LocaleResolver localeResolver, ApplicationEventPublisher events) {
        this.localeResolver = localeResolver;
        this.events = events;
    }

    @PostMapping("/language")
    String choose(
            @RequestParam("lang") String tag,
            @RequestParam(name = "back", defaultValue = "/") String back,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response) {
        Languages.byTag(tag).ifPresent(language -> {
            localeResolver.setLocale(request, response, language);
            if (principal != null) {
                events.publishEvent(new LanguageChosen(principal.getName(), language));
            }
        });
        return "redirect:" + LocalPath.orRoot(back);
    }
}
