package nl.rendement.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One user in one HTTP client: signs in through the login form (with its CSRF field) and keeps
 * the session cookie, follows redirects as a browser does, and reads the JSON API with HTTP Basic.
 */
final class SignedInClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient client;

    SignedInClient(String base) {
        this(base, new CookieManager());
    }

    /** A client keeping its session in {@code cookies}, which another client may share. */
    SignedInClient(String base, CookieManager cookies) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** Signs in through the login page's form; fails unless the login lands on a page of the application. */
    void login(String username, String password) throws IOException, InterruptedException {
        Document form = Jsoup.parse(get("/login").body(), base);
        Element csrf = form.selectFirst("form[action$=/login] input[name=_csrf]");
        if (csrf == null) {
            throw new IllegalStateException("The login form has no _csrf field");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.attr("value"));
        HttpResponse<String> landed = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (landed.statusCode() != 200 || signedOut(landed)) {
            throw new IllegalStateException(
                    "Login as " + username + " failed: " + landed.statusCode() + " at " + landed.uri());
        }
    }

    /** A page as text, after redirects; fails unless it answers 200 to a signed-in user. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        check(path, response);
        return response;
    }

    /** A page's links, absolute paths as written in its {@code href}s, under a CSS selector. */
    List<String> links(String path, String selector) throws IOException, InterruptedException {
        return Jsoup.parse(get(path).body()).select(selector).eachAttr("href");
    }

    /**
     * Fetches a page and reads its whole body, as the benchmark's one timed request; fails unless
     * it answers 200 to a signed-in user.
     */
    void fetch(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        check(path, response);
    }

    /** A JSON API call with HTTP Basic (no session: the API keeps none). */
    String api(String path, String username, String password) throws IOException, InterruptedException {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        request(path)
                                .header("Authorization", "Basic " + credentials)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The application's address. */
    String base() {
        return base;
    }

    /** The CSRF header's name and the session's token, as the page at {@code path} carries them. */
    String[] csrf(String path) throws IOException, InterruptedException {
        Document page = Jsoup.parse(get(path).body());
        Element header = page.selectFirst("meta[name=_csrf_header]");
        Element token = page.selectFirst("meta[name=_csrf]");
        if (header == null || token == null) {
            throw new IllegalStateException(path + " has no CSRF token");
        }
        return new String[] {header.attr("content"), token.attr("content")};
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET();
    }

    private static void check(String path, HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        if (signedOut(response) && !path.startsWith("/login")) {
            throw new IllegalStateException("GET " + path + " landed on the login page: the session was lost");
        }
    }

    private static boolean signedOut(HttpResponse<?> response) {
        return response.uri().getPath().equals("/login");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
