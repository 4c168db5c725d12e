package nl.rendement.app.plan;

import static nl.rendement.app.plan.PlanApiIT.PASSWORD;
import static nl.rendement.app.plan.PlanApiIT.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's limited logins through the plan API, against plain SQL: "hrbp" (an analyst limited to
 * the department Verkoop) reads the plans of the programmes with a participant there but changes
 * none of them, and finds no other; "programme-lead" finds only the leadership programme. Nothing
 * of a request reaches the log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class PlanApiAccessIT {

    private static final String IN_VERKOOP = "select distinct pa.programme_id from participant pa"
            + " join employee e on e.id = pa.employee_id join employee_period p on p.employee_id = e.id"
            + " and p.valid_from <= greatest(pa.enrolled_on, e.hire_date)"
            + " and (p.valid_to is null or p.valid_to > greatest(pa.enrolled_on, e.hire_date))"
            + " join org_unit u on u.id = p.unit_id where (u.code = 'D01' or u.code like 'D01-%')";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitScopedAnalystReadsTheProgrammesOfTheirUnitsButChangesNone() throws Exception {
        List<Long> throughUnits = ids(IN_VERKOOP + " order by 1");
        long seen = throughUnits.get(0);
        long revisions = revisions();

        mvc.perform(get(plan(seen)).with(httpBasic("hrbp", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmeId").value(seen));
        mvc.perform(write(put(plan(seen) + "/horizon"), "hrbp", """
                        {"revision": 1, "reason": "Two years", "value": {"months": 24, "justification": "Long"}}""").header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.field").value("programmeId"))
                .andExpect(jsonPath("$.key").value("api.error.throughUnits"))
                .andExpect(jsonPath("$.message")
                        .value("You see this programme only through your units; changing it needs access to the"
                                + " whole programme."));
        mvc.perform(write(post(plan(seen) + "/undo"), "hrbp", "{\"revision\": 1, \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(revisions()).isEqualTo(revisions);
    }

    @Test
    void aUnitScopedAnalystFindsNoOtherProgramme() throws Exception {
        List<Long> others = ids("select id from programme where id not in (" + IN_VERKOOP + ") order by id");

        assertThat(others).isNotEmpty();
        for (long other : others) {
            mvc.perform(get(plan(other)).with(httpBasic("hrbp", PASSWORD)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.key").value("plan.error.noProgramme"));
            mvc.perform(write(put(plan(other) + "/horizon"), "hrbp", "{\"revision\": 1, \"reason\": \"x\"}"))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aProgrammeScopedAnalystFindsOnlyTheirProgramme() throws Exception {
        long leadership = ids("select s.programme_id from app_user_scope_programme s"
                        + " join app_user u on u.id = s.user_id where u.username = 'programme-lead'")
                .get(0);
        List<Long> others = ids("select id from programme where id <> ? order by id", leadership);

        mvc.perform(get(plan(leadership) + "/documents").with(httpBasic("programme-lead", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get(plan(leadership) + "/revisions").with(httpBasic("programme-lead", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].revision").value(1));
        for (long other : others) {
            mvc.perform(get(plan(other)).with(httpBasic("programme-lead", PASSWORD)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(plan(other) + "/revisions").with(httpBasic("programme-lead", PASSWORD)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void logsNothingOfWhatIsSent(CapturedOutput output) throws Exception {
        long programme = ids(IN_VERKOOP + " order by 1").get(0);

        mvc.perform(write(put(plan(programme) + "/horizon"), "analyst", """
                        {"revision": 999, "reason": "Geheime-reden-7731",
                         "value": {"months": 24, "justification": "Geheime-onderbouwing-7731"}}""")).andExpect(status().isConflict());
        mvc.perform(write(put(plan(programme) + "/discountRate"), "analyst", """
                        {"revision": 1, "reason": "Geheime-reden-7731",
                         "value": {"percent": 7731, "justification": "Geheime-onderbouwing-7731"}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(containsString("7731")));
        mvc.perform(write(put(plan(programme) + "/horizon"), "analyst", """
                        {"revision": 1, "reason": "Geheime-reden-7731",
                         "value": {"months": 24, "justification": "x", "geheim7731": 1}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(containsString("geheim7731")));
        mvc.perform(write(put(plan(programme) + "/horizon"), "analyst", "{\"reason\": \"Geheime-reden-7731"))
                .andExpect(status().isBadRequest());
        mvc.perform(write(put(plan(programme) + "/horizon"), "hrbp", "{\"reason\": \"Geheime-reden-7731\"}"))
                .andExpect(status().isForbidden());

        assertThat(output.getAll()).doesNotContain("7731");
    }

    private static String plan(long programme) {
        return "/api/programmes/" + programme + "/plan";
    }

    private List<Long> ids(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list();
    }

    private long revisions() {
        return jdbc.sql("select count(*) from evaluation_plan_revision")
                .query(Long.class)
                .single();
    }
}
