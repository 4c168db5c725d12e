package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Import values can be salaries, emails and employee numbers: uploading files with problems,
 * mapping one, reading their previews and problem reports and having a commit refused leaves none
 * of their values in the logs. Problems are shown to the user and kept with the import, never
 * logged.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class NoImportValuesInLogsIT {

    private static final String NUMBER = "LOGCHECK-77310";
    private static final String EMAIL = "logcheck.person@example.org";
    private static final String SALARY = "987654.32";
    private static final String HEADER = "Loonkosten-Kolom-XQ";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetMappings() {
        jdbc.sql("delete from import_mapping").update();
    }

    @Test
    void problemsAndValuesOfUploadsStayOutOfTheLogs(CapturedOutput output) throws Exception {
        LoggerFactory.getLogger(NoImportValuesInLogsIT.class).warn("The log is being captured");

        String leavers = upload(
                "leavers",
                "employee number,email,exit date,reason\n" + NUMBER + "," + EMAIL + ",2099-12-31,voluntary\n");
        String snapshot = upload(
                "hr-snapshot",
                "employee number,email,snapshot date,hire date,org unit,job group,annual salary,fte,contract hours\n"
                        + NUMBER + "," + EMAIL + ",2025-03-31,2020-01-01,NO-SUCH-UNIT,Sales," + SALARY + ",2.5,40\n");
        String mapping = upload(
                "leavers",
                "Personeelsnr;" + HEADER + ";Laatste werkdag;Reden\n" + NUMBER + ";" + SALARY + ";31-12-2099;bored\n");
        String mapped = redirect(mvc.perform(as(post(mapping))
                        .param("column-0", "employee number")
                        .param("column-2", "exit date")
                        .param("column-3", "reason")
                        .param("remember", "true"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        for (String preview : new String[] {leavers, snapshot, mapped}) {
            mvc.perform(as(get(preview)));
            mvc.perform(as(get(preview + "/problems.csv")));
            mvc.perform(as(get(preview + "/problems.xlsx")));
            mvc.perform(as(post(preview + "/commit")));
            mvc.perform(as(post(preview + "/discard")));
        }
        mvc.perform(as(get("/data")));

        assertThat(output.getAll())
                .contains("The log is being captured")
                .doesNotContainIgnoringCase(NUMBER, EMAIL, SALARY, "987654", HEADER, "NO-SUCH-UNIT");
    }

    private String upload(String kind, String content) throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", kind + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        return redirect(mvc.perform(multipart("/data/imports")
                        .file(file)
                        .param("kind", kind)
                        .with(user(accounts.loadUserByUsername("analyst")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    }

    private static String redirect(String url) {
        assertThat(url).as("a redirect").isNotNull();
        return url;
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername("analyst"))).with(csrf());
    }
}
