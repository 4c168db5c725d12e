package nl.rendement.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A login as the browser's form sends it. Each test logs in from its own address, because the
 * login throttle counts failures per address across the tests that share an application context.
 */
final class FormLogin {

    private FormLogin() {}

    static MockHttpServletRequestBuilder of(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
