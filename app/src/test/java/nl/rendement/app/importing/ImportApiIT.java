package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HR system pushes a snapshot through the import API with a token an administrator created on
 * the tokens page: as a CSV file and as JSON rows, previewed, committed and (to leave the demo as
 * it was) undone; and every refusal the API answers with. On the demo organisation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class ImportApiIT {

    private static final String HEADER =
            "employee number,hire date,org unit,job group,manager,annual salary,currency,fte,contract hours";
    private static final String SNAPSHOTS = "/api/imports/hr-snapshot";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String DEMO_PASSWORD = "rendement-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anHrSystemPushesASnapshotFileWithItsTokenAndSeesItPreviewedAndCommitted(CapturedOutput output)
            throws Exception {
        String name = name("HRIS file");
        String secret = createToken(name, List.of("hr-snapshot"), List.of());
        String number = employeeNumber();
        String csv = HEADER + "\n" + number + "," + LocalDate.now().minusDays(10) + ","
                + someUnit().code() + ",Analyst,,52000.50,EUR,1,38\n";

        JsonNode preview = body(mvc.perform(multipart(SNAPSHOTS)
                        .file(new MockMultipartFile("file", "hr.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("snapshotDate", LocalDate.now().toString())
                        .with(bearer(secret)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/imports/")))
                .andExpect(jsonPath("$.state").value("PREVIEWED"))
                .andExpect(jsonPath("$.uploadedBy").value("token:" + name))
                .andExpect(jsonPath("$.fileName").value("hr.csv"))
                .andExpect(jsonPath("$.rowsRead").value(1))
                .andExpect(jsonPath("$.rowsWithProblems").value(0))
                .andExpect(jsonPath("$.identities.newcomers").value(1))
                .andExpect(jsonPath("$.changes.added").value(1))
                .andExpect(jsonPath("$.problems.total").value(0)));
        long id = preview.get("id").asLong();
        assertThat(employees.byEmployeeNumber(number)).isEmpty();

        mvc.perform(get("/api/imports/" + id).with(bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PREVIEWED"))
                .andExpect(jsonPath("$.changes.added").value(1));
        mvc.perform(post("/api/imports/" + id + "/commit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMMITTED"))
                .andExpect(jsonPath("$.settled.by").value("token:" + name));

        assertThat(employees.byEmployeeNumber(number)).isPresent();
        assertThat(tokenRow(name, "last_used_at")).isNotNull();
        undo(id, secret);
        assertThat(employees.byEmployeeNumber(number)).isEmpty();
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain(secret.substring(4));
    }

    @Test
    void theSameSnapshotSentAsJsonRowsIsReadAsTheFileIs() throws Exception {
        String secret = createToken(name("HRIS json"), List.of("hr-snapshot"), List.of());
        String number = employeeNumber();
        String rows =
                """
                [{"employee number": "%s", "hire date": "%s", "org unit": "%s", "job group": "Analyst, senior",
                  "manager": null, "annual salary": 61000.25, "currency": "EUR", "fte": 0.8, "contract hours": 30.4}]
                """.formatted(number, LocalDate.now().minusDays(10), someUnit().code());

        long id = body(mvc.perform(jsonRows(rows, secret)
                                .param("snapshotDate", LocalDate.now().toString()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.fileName").value("rows.json"))
                        .andExpect(jsonPath("$.rowsRead").value(1))
                        .andExpect(jsonPath("$.rowsWithProblems").value(0))
                        .andExpect(jsonPath("$.changes.added").value(1)))
                .get("id")
                .asLong();
        mvc.perform(post("/api/imports/" + id + "/commit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"onlyValidRows\": false}")
                        .with(bearer(secret)))
                .andExpect(jsonPath("$.state").value("COMMITTED"));

        long employee = employees.byEmployeeNumber(number).orElseThrow().id();
        var attributes = employees.asOf(employee, LocalDate.now()).orElseThrow();
        assertThat(attributes.annualSalary().amount()).isEqualByComparingTo("61000.25");
        assertThat(attributes.fte()).isEqualByComparingTo("0.8");
        assertThat(attributes.jobGroup()).isEqualTo("Analyst, senior");
        undo(id, secret);
    }

    @Test
    void aRowWithAWrongValueOrAWrongColumnIsAProblemOfThePreviewAsInAnUpload() throws Exception {
        String secret = createToken(name("HRIS problems"), List.of("hr-snapshot"), List.of());
        String wrongSalary = """
                [{"employee number": "%s", "hire date": "%s", "org unit": "%s", "job group": "A",
                  "annual salary": "lots", "fte": 1, "contract hours": 38}]
                """.formatted(
                employeeNumber(), LocalDate.now().minusDays(10), someUnit().code());
        // As in an upload, a value the reader cannot read keeps the whole file out: there is nothing to commit.
        long id = body(mvc.perform(jsonRows(wrongSalary, secret)
                                .param("snapshotDate", LocalDate.now().toString()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.rowsWithProblems").value(1))
                        .andExpect(jsonPath("$.problems.items[0].row").value(2))
                        .andExpect(jsonPath("$.problems.items[0].column").value("annual salary"))
                        .andExpect(jsonPath("$.problems.items[0].value").value("lots"))
                        .andExpect(jsonPath("$.problems.items[0].key").value("importing.problem.notANumber")))
                .get("id")
                .asLong();
        mvc.perform(post("/api/imports/" + id + "/commit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(bearer(secret)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.key").value("importing.commit.nothingToImport"));
        mvc.perform(post("/api/imports/" + id + "/discard")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(bearer(secret)))
                .andExpect(jsonPath("$.state").value("DISCARDED"));

        String wrongColumn = """
                [{"employee number": "X1", "hired": "2020-01-01", "org unit": "X", "job group": "A",
                  "annual salary": 1, "fte": 1, "contract hours": 38}]
                """;
        mvc.perform(jsonRows(wrongColumn, secret)
                        .param("snapshotDate", LocalDate.now().toString())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsRead").value(0))
                .andExpect(jsonPath("$.problems.items[0].row").value(0))
                .andExpect(jsonPath("$.problems.items[0].key").value("importing.problem.missingColumn"))
                .andExpect(jsonPath("$.problems.items[0].message")
                        .value(org.hamcrest.Matchers.containsString("hire date")));
    }

    @Test
    void aWrongRevokedOrExpiredTokenIsRefusedWith401AndAProblemNeverARedirect() throws Exception {
        String name = name("HRIS refused");
        String secret = createToken(name, List.of("hr-snapshot"), List.of());
        String wellFormedButUnknown = "rdm_" + "A".repeat(43);

        for (String wrong : List.of(wellFormedButUnknown, "not-a-token", secret + "x")) {
            mvc.perform(get("/api/imports/1").with(bearer(wrong)).with(fromNewAddress()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(
                            header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Bearer")))
                    .andExpect(jsonPath("$.key").value("api.error.token"));
        }

        jdbc.sql("update api_token set expires_on = ? where name = ?")
                .params(java.sql.Date.valueOf(LocalDate.now()), name)
                .update();
        mvc.perform(get("/api/imports/1").with(bearer(secret)).with(fromNewAddress()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.key").value("api.error.token"));

        jdbc.sql("update api_token set expires_on = null where name = ?")
                .param(name)
                .update();
        mvc.perform(get("/api/imports/999999").with(bearer(secret))).andExpect(status().isNotFound());
        long id = jdbc.sql("select id from api_token where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        mvc.perform(post("/settings/api-tokens/" + id + "/revoke").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/settings/api-tokens"));
        mvc.perform(get("/api/imports/999999").with(bearer(secret)).with(fromNewAddress()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.key").value("api.error.token"));
        assertThat(tokenRow(name, "revoked_by")).isEqualTo("admin");
    }

    @Test
    void failedTokensAreThrottledPerAddressLikeLogins() throws Exception {
        String secret = createToken(name("HRIS throttled"), List.of("hr-snapshot"), List.of());
        RequestPostProcessor address = fromNewAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/imports/999999")
                            .with(bearer("rdm_" + "B".repeat(43)))
                            .with(address))
                    .andExpect(jsonPath("$.key").value("api.error.token"));
        }

        mvc.perform(get("/api/imports/999999").with(bearer(secret)).with(address))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.key").value("api.error.throttled"));
        mvc.perform(get("/api/imports/999999").with(bearer(secret)).with(fromNewAddress()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTokenReachesOnlyItsKindsTheImportsItMadeAndNoOtherCallOrPage() throws Exception {
        String leavers = createToken(name("Leavers only"), List.of("leavers"), List.of());
        String snapshots = createToken(name("Snapshots"), List.of("hr-snapshot"), List.of());

        mvc.perform(jsonRows("[]", leavers))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.key").value("api.error.tokenKind"));
        long analystsImport = body(mvc.perform(post(SNAPSHOTS)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("[]")
                                .with(httpBasic("analyst", DEMO_PASSWORD)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.uploadedBy").value("analyst")))
                .get("id")
                .asLong();
        mvc.perform(get("/api/imports/" + analystsImport).with(bearer(snapshots)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.key").value("importing.noSuchImport"));
        mvc.perform(get("/api/programmes/1/plan").with(bearer(snapshots)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.key").value("api.error.tokenOnlyImports"));
        mvc.perform(get("/v3/api-docs").with(bearer(snapshots))).andExpect(status().isForbidden());
        mvc.perform(get("/portfolio").with(bearer(snapshots))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFileNeedsATokenSinceABrowserSendsAFormWithTheBasicCredentialsItCached() throws Exception {
        String fileName = name("basic") + ".csv";
        mvc.perform(multipart(SNAPSHOTS)
                        .file(new MockMultipartFile(
                                "file", fileName, "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("analyst", DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.key").value("api.error.uploadNeedsToken"));
        assertThat(jdbc.sql("select count(*) from import_record where file_name = ?")
                        .param(fileName)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTokenLimitedToAUnitTurnsRowsAboutOtherUnitsIntoProblems() throws Exception {
        OrgUnit inside = leafUnit();
        OrgUnit outside = units.asOf(LocalDate.now()).stream()
                .filter(unit -> unit.id() != inside.id())
                .findFirst()
                .orElseThrow();
        String secret = createToken(name("Unit HRIS"), List.of("hr-snapshot"), List.of(inside.id()));
        String within = employeeNumber();
        String beyond = employeeNumber();
        String hired = LocalDate.now().minusDays(5).toString();
        String rows = """
                [{"employee number": "%s", "hire date": "%s", "org unit": "%s", "job group": "A",
                  "annual salary": 40000, "fte": 1, "contract hours": 38},
                 {"employee number": "%s", "hire date": "%s", "org unit": "%s", "job group": "A",
                  "annual salary": 40000, "fte": 1, "contract hours": 38}]
                """.formatted(within, hired, inside.code(), beyond, hired, outside.code());

        mvc.perform(jsonRows(rows, secret)
                        .param("snapshotDate", LocalDate.now().toString())
                        .param("fullSnapshot", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.key").value("importing.reach.full"));
        long id = body(mvc.perform(jsonRows(rows, secret)
                                .param("snapshotDate", LocalDate.now().toString()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.rowsWithProblems").value(1))
                        .andExpect(jsonPath("$.problems.items[0].row").value(3))
                        .andExpect(jsonPath("$.problems.items[0].column").value("org unit"))
                        .andExpect(jsonPath("$.problems.items[0].value").value(outside.code()))
                        .andExpect(jsonPath("$.problems.items[0].key").value("importing.problem.outsideUnits")))
                .get("id")
                .asLong();
        mvc.perform(post("/api/imports/" + id + "/commit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(bearer(secret)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.key").value("importing.commit.hasProblems"));
        mvc.perform(post("/api/imports/" + id + "/commit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"onlyValidRows\": true}")
                        .with(bearer(secret)))
                .andExpect(jsonPath("$.state").value("COMMITTED"));

        assertThat(employees.byEmployeeNumber(within)).isPresent();
        assertThat(employees.byEmployeeNumber(beyond)).isEmpty();
        undo(id, secret);
    }

    @Test
    void theTokensPageRefusesUnitsForKindsWhoseRowsNameNoUnitAndShowsTheSecretOnce() throws Exception {
        String name = name("Leavers in a unit");
        Document refused = Jsoup.parse(mvc.perform(post("/settings/api-tokens")
                        .param("name", name)
                        .param("kind", "leavers")
                        .param("unit", String.valueOf(leafUnit().id()))
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#units-error").text()).isNotBlank();
        assertThat(refused.select("#token-name").attr("value")).isEqualTo(name);
        assertThat(refused.select("#secret")).isEmpty();

        String secret = createToken(name, List.of("leavers"), List.of());
        Document list = Jsoup.parse(mvc.perform(get("/settings/api-tokens").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.select("#tokens tbody tr").eachText()).anyMatch(row -> row.contains(name));
        assertThat(list.html()).doesNotContain(secret);
        assertThat((String) tokenRow(name, "secret_hash")).isNotEqualTo(secret).hasSize(64);
    }

    @Test
    void refusesRowsThatAreNotAnArrayOfFlatObjectsWith400AndSaysWhere() throws Exception {
        String secret = createToken(name("HRIS malformed"), List.of("hr-snapshot"), List.of());

        mvc.perform(jsonRows("[{\"employee number\": ", secret))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.key").value("api.error.malformed"));
        mvc.perform(jsonRows("{\"employee number\": \"1\"}", secret))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.key").value("api.error.rowsNotArray"));
        mvc.perform(jsonRows("[{\"employee number\": \"1\"}, 7]", secret))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("[1]"))
                .andExpect(jsonPath("$.key").value("api.error.rowNotObject"));
        mvc.perform(jsonRows("[{\"org unit\": {\"code\": \"X\"}}]", secret))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("[0].org unit"))
                .andExpect(jsonPath("$.key").value("api.error.cellNotValue"));
        mvc.perform(jsonRows("[]", secret).param("numbers", "ROMAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("numbers"))
                .andExpect(jsonPath("$.key").value("api.error.option"));
    }

    private String createToken(String name, List<String> kinds, List<Long> unitIds) throws Exception {
        MockHttpServletRequestBuilder request = post("/settings/api-tokens")
                .param("name", name)
                .param("kind", kinds.toArray(String[]::new))
                .with(admin())
                .with(csrf());
        unitIds.forEach(unit -> request.param("unit", String.valueOf(unit)));
        Document page = Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String secret = page.select("#secret").text();
        assertThat(secret).as("the secret on the page").matches("rdm_[A-Za-z0-9_-]{43}");
        return secret;
    }

    private MockHttpServletRequestBuilder jsonRows(String rows, String secret) {
        return post(SNAPSHOTS)
                .contentType(MediaType.APPLICATION_JSON)
                .content(rows)
                .with(bearer(secret));
    }

    private void undo(long id, String secret) throws Exception {
        mvc.perform(post("/api/imports/" + id + "/undo")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNDONE"));
    }

    private OrgUnit someUnit() {
        return units.asOf(LocalDate.now()).get(0);
    }

    /** A unit with no unit below it, so that it reaches itself only. */
    private OrgUnit leafUnit() {
        List<OrgUnit> today = units.asOf(LocalDate.now());
        Set<Long> parents =
                today.stream().flatMap(unit -> unit.parentId().stream()).collect(Collectors.toSet());
        return today.stream()
                .filter(unit -> !parents.contains(unit.id()))
                .findFirst()
                .orElseThrow();
    }

    private Object tokenRow(String name, String column) {
        return jdbc.sql("select " + column + " from api_token where name = ?")
                .param(name)
                .query((rs, n) -> rs.getObject(1))
                .single();
    }

    private RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername("admin"));
    }

    private static JsonNode body(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        return JSON.readTree(actions.andReturn().getResponse().getContentAsString());
    }

    private static RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
            return request;
        };
    }

    /** A remote address no other request used, so that failures here throttle nothing else. */
    private static RequestPostProcessor fromNewAddress() {
        String address = "10.0.77." + ADDRESSES.getAndIncrement();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String name(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String employeeNumber() {
        return "API"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase(java.util.Locale.ROOT);
    }
}
