package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** JSON rows are refused before they are read when they do not say their length or say too much. */
class ImportApiLimitTest {

    private final ImportApi api = new ImportApi(null, null, null, DataSize.ofMegabytes(1));

    @Test
    void rowsUpToTheLimitPass() {
        assertThatCode(() -> api.jsonWithinLimit(
                        rows(new byte[(int) DataSize.ofMegabytes(1).toBytes()])))
                .doesNotThrowAnyException();
    }

    @Test
    void rowsPastTheLimitAreRefusedAs413WithTheLimit() {
        ImportApiRefusal refused = catchThrowableOfType(
                ImportApiRefusal.class,
                () -> api.jsonWithinLimit(
                        rows(new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1])));

        assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(refused.key()).isEqualTo("api.error.jsonTooLarge");
        assertThat(refused.arguments()).isEqualTo(List.of(1L));
    }

    @Test
    void rowsWithoutALengthAreRefusedAs411() {
        ImportApiRefusal refused = catchThrowableOfType(ImportApiRefusal.class, () -> api.jsonWithinLimit(rows(null)));

        assertThat(refused.status()).isEqualTo(HttpStatus.LENGTH_REQUIRED);
        assertThat(refused.key()).isEqualTo("api.error.jsonLength");
    }

    @Test
    void aCommitsBodyAndAFileAreNotRows() {
        MockHttpServletRequest commit = new MockHttpServletRequest("POST", "/api/imports/42/commit");
        commit.setContentType("application/json");
        MockHttpServletRequest file = new MockHttpServletRequest("POST", "/api/imports/hr-snapshot");
        file.setContentType("multipart/form-data; boundary=x");

        assertThatCode(() -> api.jsonWithinLimit(commit)).doesNotThrowAnyException();
        assertThatCode(() -> api.jsonWithinLimit(file)).doesNotThrowAnyException();
    }

    private static MockHttpServletRequest rows(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/imports/kpi-observations");
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }
}
