package nl.rendement.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.engine.money.Money;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The People page as an analyst sees it, over 29 employees on 30 June 2025: Sales 11 (teams North
 * 8 and South 3), Operations 8, IT 6, Finance 4; job groups A 9, B 11, C 6, D 3; and 5 people of
 * Sales North who resigned on 31 March 2025. With k = 5, Finance and South are small, and IT and
 * North must go too, or the small ones could be worked out from the totals.
 */
@SpringBootTest(properties = "rendement.admin.password=people-page-passphrase")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PeopleOverviewIT {

    private static final LocalDate HIRED = LocalDate.of(2020, 1, 6);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organisation organisation;

    @Autowired
    MessageSource messages;

    @Autowired
    Erasure erasure;

    private int hired;

    @BeforeEach
    void startEmpty() {
        jdbc.sql("delete from employee_period").update();
        jdbc.sql("delete from employee").update();
        jdbc.sql("update org_unit set parent_id = null").update();
        jdbc.sql("delete from org_unit").update();
        assertThat(organisation.settings().anonymityThreshold()).as("k").isEqualTo(5);
        // The pages read the signed-in user's scope, so the test's analyst needs an account (unlimited).
        if (jdbc.sql("select count(*) from app_user where username = 'analyst'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                            + " values ('analyst', 'Analyst', '{noop}unused', true, current_timestamp)")
                    .update();
        }
    }

    @Test
    void showsTheEmptyStateWhenNobodyIsRecordedYet() throws Exception {
        Document page = page("/people", "en");

        assertThat(page.select("h2").first().text()).isEqualTo(text("people.empty.heading", "en"));
        assertThat(page.select("table")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "nl"})
    void showsBigGroupsAndHidesSmallGroupsAndTheGroupsThatWouldGiveThemAway(String language) throws Exception {
        seed();
        String hidden = text("people.hidden", language);

        Document page = page("/people?asOf=2025-06-30", language);

        Map<String, Element> byUnit = rows(page, 0);
        assertThat(column(byUnit, 1))
                .containsExactly(
                        "Finance",
                        hidden,
                        "IT",
                        hidden,
                        "Operations",
                        "8",
                        "Sales",
                        "11",
                        "North",
                        hidden,
                        "South",
                        hidden);
        assertThat(cells(page.select("table").get(0).selectFirst("tfoot tr")).get(0))
                .isEqualTo("29");
        assertThat(column(rows(page, 1), 1)).containsExactly("A", "9", "B", "11", "C", hidden, "D", hidden);
        assertThat(cells(byUnit.get("Finance"))).containsOnly(hidden);
        assertThat(cells(byUnit.get("North"))).containsOnly(hidden);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "nl"})
    void showsNoCountOfASmallGroupOrOfAGroupThatWouldRevealOneAnywhereOnThePage(String language) throws Exception {
        seed();

        Document page = page("/people?asOf=2025-06-30", language);

        for (int table = 0; table < 3; table++) {
            for (Element row : page.select("table").get(table).select("tbody tr")) {
                List<String> counts = table == 2 ? cells(row) : cells(row).subList(0, 2);
                assertThat(counts).as(row.text()).doesNotContain("1", "2", "3", "4", "6");
            }
        }
        Element newest = page.select("#timeline tbody tr").first();
        assertThat(newest.selectFirst("th").text()).contains("2025");
        assertThat(cells(newest))
                .containsExactly(text("people.hidden", language), text("people.hidden", language), "8", "11", "29");
    }

    @Test
    void showsTurnoverAndTenureInTheReadersLanguage() throws Exception {
        seed();

        Map<String, Element> english = rows(page("/people?asOf=2025-06-30", "en"), 0);
        Map<String, Element> dutch = rows(page("/people?asOf=2025-06-30", "nl"), 0);

        // Sales: 5 resigned of an average 14.85 on the 13 monthly days (11 throughout, the 5 on 10 of them).
        assertThat(cells(english.get("Sales"))).containsSequence("33.7%", "33.7%");
        assertThat(cells(dutch.get("Sales"))).containsSequence("33,7 %", "33,7 %");
        assertThat(cells(english.get("Operations")).subList(0, 3)).containsExactly("8", "8.0", "5.5");
        assertThat(cells(dutch.get("Operations")).subList(0, 3)).containsExactly("8", "8,0", "5,5");
        assertThat(cells(english.get("Operations"))).endsWith("0.0%", "0.0%");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "nl"})
    void explainsABadDateInsteadOfFailing(String language) throws Exception {
        seed();

        for (String bad : List.of("30-06-2025", "2025-02-30", "2999-01-01")) {
            Document page = page("/people?asOf=" + bad, language);

            assertThat(page.selectFirst("#asOf-error").text()).isEqualTo(text("people.error.asOf", language));
            assertThat(page.selectFirst("#asOf").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select("table")).hasSize(3);
        }
    }

    @Test
    void showsEveryChangeOfPeopleDataOnTheNextRequest() throws Exception {
        seed();
        OrgUnit operations = units.byCode("D-OPS").orElseThrow();
        assertThat(total(page("/people?asOf=2025-06-30", "en"))).isEqualTo("29");

        Employees.Snapshot someone = employees.employedOn(AS_OF, UnitReach.EVERY_UNIT).stream()
                .filter(person -> person.attributes().unitId() == operations.id())
                .findAny()
                .orElseThrow();
        erasure.erase("analyst", someone.employee().id());
        Document erased = page("/people?asOf=2025-06-30", "en");
        assertThat(total(erased)).isEqualTo("28");
        assertThat(cells(rows(erased, 0).get("Operations")).get(0)).isEqualTo("7");

        units.correct(
                operations.id(),
                "Logistics",
                UnitKind.DEPARTMENT,
                Optional.empty(),
                operations.validFrom(),
                Optional.empty());
        hire(operations, "B", 2);
        Document changed = page("/people?asOf=2025-06-30", "en");
        assertThat(rows(changed, 0)).containsKey("Logistics").doesNotContainKey("Operations");
        assertThat(cells(rows(changed, 0).get("Logistics")).get(0)).isEqualTo("9");
        assertThat(total(changed)).isEqualTo("30");
    }

    private static String total(Document page) {
        return cells(page.select("table").get(0).selectFirst("tfoot tr")).get(0);
    }

    private void seed() {
        OrgUnit sales = unit("D-SALES", "Sales", UnitKind.DEPARTMENT, Optional.empty());
        OrgUnit north = unit("T-NORTH", "North", UnitKind.TEAM, Optional.of(sales.id()));
        OrgUnit south = unit("T-SOUTH", "South", UnitKind.TEAM, Optional.of(sales.id()));
        OrgUnit operations = unit("D-OPS", "Operations", UnitKind.DEPARTMENT, Optional.empty());
        OrgUnit it = unit("D-IT", "IT", UnitKind.DEPARTMENT, Optional.empty());
        OrgUnit finance = unit("D-FIN", "Finance", UnitKind.DEPARTMENT, Optional.empty());
        hire(north, "A", 8);
        hire(south, "D", 3);
        hire(operations, "B", 8);
        hire(it, "C", 6);
        hire(finance, "B", 3);
        hire(finance, "A", 1);
        for (Employee leaver : hire(north, "A", 5)) {
            employees.leave(leaver.id(), new Employee.Exit(LocalDate.of(2025, 3, 31), ExitReason.VOLUNTARY));
        }
    }

    private OrgUnit unit(String code, String name, UnitKind kind, Optional<Long> parent) {
        return units.add(code, name, kind, parent, LocalDate.of(2019, 1, 1));
    }

    private List<Employee> hire(OrgUnit unit, String jobGroup, int count) {
        EmployeeAttributes attributes = new EmployeeAttributes(
                unit.id(),
                jobGroup,
                Optional.empty(),
                Money.of(String.valueOf(40_000 + 1_000L * hired), "EUR"),
                BigDecimal.ONE,
                new BigDecimal("36"));
        return IntStream.range(0, count)
                .mapToObj(i -> employees.hire(new NewEmployee(
                        String.format("P-%08d", ++hired), Optional.empty(), Optional.empty(), HIRED, attributes)))
                .toList();
    }

    private Document page(String path, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)
                        .header("Accept-Language", language)
                        .with(user("analyst").roles("ANALYST", "VIEWER")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The body rows of a table by their header cell. */
    private static Map<String, Element> rows(Document page, int table) {
        Map<String, Element> rows = new LinkedHashMap<>();
        page.select("table")
                .get(table)
                .select("tbody tr")
                .forEach(row -> rows.put(row.selectFirst("th").text(), row));
        return rows;
    }

    /** Each row's header followed by the first {@code count} of its cells. */
    private static List<String> column(Map<String, Element> rows, int count) {
        return rows.entrySet().stream()
                .flatMap(
                        row -> Stream.concat(Stream.of(row.getKey()), cells(row.getValue()).subList(0, count).stream()))
                .toList();
    }

    private static List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList();
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
