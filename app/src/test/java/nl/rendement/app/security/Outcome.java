package nl.rendement.app.security;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;

/** What became of a request, as far as security is concerned. */
enum Outcome {
    /** Passed security: any answer but 401, 403 or a redirect to the login or setup page. */
    ALLOWED,
    /** Redirected to the login page. */
    LOGIN,
    /** Redirected to the first-run setup page. */
    SETUP,
    /** 401: not signed in, and no login page offered. */
    UNAUTHORIZED,
    /** 403: signed in, but not allowed. */
    FORBIDDEN,
    /** 404 for the route itself, such as the setup page once an administrator exists. */
    NOT_FOUND,
    /** 503: held back until the first-run setup is done; the JSON API's answer where a page leads to setup. */
    SETUP_FIRST;

    /**
     * Classifies a response. A 404 on a route with variables counts as {@link #ALLOWED}: its
     * variables were filled with ids that do not exist, so the handler ran, looked for them and
     * found nothing; only the handler can know that, so the request had passed security.
     */
    static Outcome of(Route route, MockHttpServletResponse response) {
        String redirect = response.getRedirectedUrl();
        if (redirect != null && URI.create(redirect).getPath().equals("/login")) {
            return LOGIN;
        }
        if (redirect != null && URI.create(redirect).getPath().equals("/setup")) {
            return SETUP;
        }
        int status = response.getStatus();
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            return UNAUTHORIZED;
        }
        if (status == HttpStatus.FORBIDDEN.value()) {
            return FORBIDDEN;
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return SETUP_FIRST;
        }
        if (status == HttpStatus.NOT_FOUND.value() && !route.hasVariables()) {
            return NOT_FOUND;
        }
        return ALLOWED;
    }
}
