package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the demo's limited analysts see, checked against the database directly: "hrbp" is limited
 * to the department Verkoop (D01), "programme-lead" to the leadership programme. The expected
 * figures come from plain SQL here, not from the code under test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class ScopedAccessIT {

    /** A participant's unit as the product defines it: where they worked on enrolment, or on their first day. */
    private static final String PARTICIPANT_UNIT = " from participant pa join employee e on e.id = pa.employee_id"
            + " join employee_period p on p.employee_id = e.id"
            + " and p.valid_from <= greatest(pa.enrolled_on, e.hire_date)"
            + " and (p.valid_to is null or p.valid_to > greatest(pa.enrolled_on, e.hire_date))"
            + " join org_unit u on u.id = p.unit_id";

    private static final String IN_VERKOOP = " (u.code = 'D01' or u.code like 'D01-%')";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitScopedAnalystSeesOnlyThePeopleOfTheirDepartment() throws Exception {
        LocalDate today = LocalDate.now();
        long inVerkoop = count(
                "select count(*) from employee e join employee_period p on p.employee_id = e.id"
                        + " join org_unit u on u.id = p.unit_id where e.hire_date <= ? and (e.exit_date is null"
                        + " or e.exit_date >= ?) and p.valid_from <= ? and (p.valid_to is null or p.valid_to > ?) and"
                        + IN_VERKOOP,
                today,
                today,
                today,
                today);

        String list = page("/people/employees?asOf=" + today, "hrbp");
        String overview = page("/people?asOf=" + today, "hrbp");

        assertThat(inVerkoop).isPositive();
        assertThat(list).contains(inVerkoop + " employees on").contains("id=\"access-limited\"");
        assertThat(overview)
                .contains("Total of your units")
                .contains("Verkoop Noord")
                .doesNotContain("Klantenservice")
                .doesNotContain("Voorbeeldgroep");
    }

    @Test
    void aUnitScopedAnalystOpensOnlyTheRecordsOfPeopleWhoWorkedInTheirDepartment() throws Exception {
        String outside = jdbc.sql("select e.pseudonym from employee e where not exists (select 1 from employee_period p"
                        + " join org_unit u on u.id = p.unit_id where p.employee_id = e.id and" + IN_VERKOOP
                        + ") order by e.id")
                .query(String.class)
                .list()
                .get(0);
        String inside = jdbc.sql("select e.pseudonym from employee e join employee_period p on p.employee_id = e.id"
                        + " join org_unit u on u.id = p.unit_id where" + IN_VERKOOP + " order by e.id")
                .query(String.class)
                .list()
                .get(0);

        mvc.perform(get("/people/employees/" + outside).with(as("hrbp"))).andExpect(status().isNotFound());
        assertThat(page("/people/employees/" + inside, "hrbp")).contains(inside).doesNotContain("Erase");
        mvc.perform(post("/people/employees/" + inside + "/erase")
                        .param("confirm", inside)
                        .with(as("hrbp"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from employee where pseudonym = ?", inside))
                .isOne();
    }

    @Test
    void aUnitScopedAnalystSeesTheProgrammesWithAParticipantInTheirUnitsThroughThoseUnits() throws Exception {
        List<Long> expected = jdbc.sql("select distinct pa.programme_id" + PARTICIPANT_UNIT + " where" + IN_VERKOOP
                        + " order by pa.programme_id")
                .query(Long.class)
                .list();
        List<Long> others = jdbc.sql("select id from programme order by id").query(Long.class).list().stream()
                .filter(id -> !expected.contains(id))
                .toList();

        String list = page("/programmes", "hrbp");

        assertThat(programmeLinks(list)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(list).contains("id=\"access-limited\"").doesNotContain("/programmes/new");
        long seen = expected.get(0);
        String detail = page("/programmes/" + seen, "hrbp");
        assertThat(detail)
                .contains("Participants (whole programme, all units)")
                .contains("Participants in your units")
                .doesNotContain("/programmes/" + seen + "/edit");
        mvc.perform(get("/programmes/" + seen + "/edit").with(as("hrbp"))).andExpect(status().isForbidden());
        for (long other : others) {
            mvc.perform(get("/programmes/" + other).with(as("hrbp"))).andExpect(status().isNotFound());
            mvc.perform(get("/programmes/" + other + "/participants").with(as("hrbp")))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aUnitScopedAnalystListsOnlyTheParticipantsFromTheirUnits() throws Exception {
        long programme = jdbc.sql("select pa.programme_id" + PARTICIPANT_UNIT + " where" + IN_VERKOOP
                        + " group by pa.programme_id order by count(*) desc, pa.programme_id")
                .query(Long.class)
                .list()
                .get(0);
        long mine =
                count("select count(*)" + PARTICIPANT_UNIT + " where pa.programme_id = ? and" + IN_VERKOOP, programme);
        long all = count("select count(*) from participant where programme_id = ?", programme);

        String scoped = page("/programmes/" + programme + "/participants", "hrbp");
        String whole = page("/programmes/" + programme + "/participants", "analyst");

        assertThat(mine).isLessThan(all);
        assertThat(scoped).contains(mine + " participants").contains("id=\"access-limited\"");
        assertThat(rows(scoped)).isEqualTo(Math.min(mine, 100));
        assertThat(whole).contains(all + " participants").doesNotContain("id=\"access-limited\"");
    }

    @Test
    void aProgrammeScopedAnalystSeesThatProgrammeWholeAndNoPeople() throws Exception {
        long leadership = count("select s.programme_id from app_user_scope_programme s"
                + " join app_user u on u.id = s.user_id where u.username = 'programme-lead'");
        long participants = count("select count(*) from participant where programme_id = ?", leadership);

        assertThat(programmeLinks(page("/programmes", "programme-lead"))).containsExactly(leadership);
        assertThat(page("/programmes/" + leadership, "programme-lead"))
                .contains("/programmes/" + leadership + "/edit")
                .doesNotContain("Participants in your units");
        mvc.perform(get("/programmes/" + leadership + "/edit").with(as("programme-lead")))
                .andExpect(status().isOk());
        String list = page("/programmes/" + leadership + "/participants", "programme-lead");
        assertThat(list).contains(participants + " participants").doesNotContain("href=\"/people/employees/");
        assertThat(page("/people/employees", "programme-lead")).contains("0 employees on");
        assertThat(page("/people", "programme-lead")).contains("id=\"access-limited\"");
    }

    @Test
    void anUnlimitedAnalystSeesEverything() throws Exception {
        long programmes = count("select count(*) from programme");

        String list = page("/programmes", "analyst");

        assertThat(programmeLinks(list)).hasSize((int) programmes);
        assertThat(list).doesNotContain("id=\"access-limited\"").contains("/programmes/new");
    }

    private String page(String path, String login) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "en").with(as(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String login) {
        return user(accounts.loadUserByUsername(login));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static List<Long> programmeLinks(String html) {
        Matcher links = Pattern.compile("<th scope=\"row\"><a href=\"/programmes/(\\d+)\"")
                .matcher(html);
        return links.results().map(match -> Long.parseLong(match.group(1))).toList();
    }

    private static long rows(String html) {
        return Pattern.compile("<tr>\\s*<td>\\s*<(a|code)")
                .matcher(html)
                .results()
                .count();
    }
}
