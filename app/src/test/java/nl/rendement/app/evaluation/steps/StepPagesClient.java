package nl.rendement.app.evaluation.steps;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A step page as a signed-in demo user reads it, and its forms as they send them (MockMvc, no browser). */
final class StepPagesClient {

    private final MockMvc mvc;
    private final UserDetailsService accounts;

    StepPagesClient(MockMvc mvc, UserDetailsService accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    /** The page at {@code path} in {@code language}, which must answer 200. */
    Document page(String username, String path, String language) throws Exception {
        String html = mvc.perform(get(path)
                        .with(user(accounts.loadUserByUsername(username)))
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /**
     * The form sent as {@code username} in {@code language}: its hidden fields (the plan's
     * revision, a ledger line) and these name–value pairs, which win over a hidden field of the
     * same name; a name given twice sends both values (ticked boxes).
     */
    MockHttpServletRequestBuilder send(Element form, String username, String language, String... fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        form.select("input[type=hidden]")
                .forEach(hidden -> values.put(hidden.attr("name"), new ArrayList<>(List.of(hidden.val()))));
        Set<String> given = new HashSet<>();
        for (int i = 0; i < fields.length; i += 2) {
            if (given.add(fields[i])) {
                values.put(fields[i], new ArrayList<>());
            }
            values.get(fields[i]).add(fields[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(form.attr("action"))
                .header("Accept-Language", language)
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf());
        values.forEach((name, sent) -> request.param(name, sent.toArray(String[]::new)));
        return request;
    }
}
