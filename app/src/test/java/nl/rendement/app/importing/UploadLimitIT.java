package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A file above the upload limit, sent to the real server as a browser sends it: refused (413)
 * before it is read, with a page naming the limit and leading back to the Data page, and no
 * import recorded.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "rendement.import.max-size=2KB")
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class UploadLimitIT {

    private static final String BOUNDARY = "----rendement-upload-limit";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void aFileAboveTheLimitIsRefusedWithAMessageAndRecordsNothing() throws Exception {
        long before =
                jdbc.sql("select count(*) from import_record").query(Long.class).single();
        signIn();
        Document data = get("/data");
        String action = data.select("form[enctype]").attr("action");

        byte[] large = new byte[8 * 1024];
        Arrays.fill(large, (byte) 'x');
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri(action))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header("Accept-Language", "en")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("leavers.csv", large)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("a[href='/data']")).isNotEmpty();
        assertThat(Jsoup.parse(response.body()).select("#too-large").text())
                .isEqualTo("The file is larger than the 2KB an upload may be. Split it, or ask an administrator to"
                        + " raise rendement.import.max-size.");
        assertThat(jdbc.sql("select count(*) from import_record")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private void signIn() throws IOException, InterruptedException {
        String token = get("/login").select("input[name=_csrf]").val();
        String form =
                "username=analyst&password=rendement-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private Document get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(response.body());
    }

    private static byte[] multipart(String name, byte[] content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nleavers\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return body;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
