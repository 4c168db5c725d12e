package nl.rendement.app.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import API (docs/api.md) as another system calls it over HTTP, with an API token that a test
 * writes straight into the database as an administrator's page would: the SHA-256 of its secret and
 * the kinds it may import. Every answer but the expected status fails with the body in the message.
 */
final class ImportApiClient {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final String secret;

    ImportApiClient(String base, String secret) {
        this.base = base;
        this.secret = secret;
    }

    /** Stores a new token for these kinds and returns its secret ({@code rdm_} and 32 random bytes in base64url). */
    static String issueToken(Connection connection, String name, List<String> kinds) throws SQLException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = "rdm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (PreparedStatement token = connection.prepareStatement(
                "insert into api_token (name, secret_hash, created_by, created_at) values (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            token.setString(1, name);
            token.setString(2, sha256(secret));
            token.setString(3, "test");
            token.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            token.executeUpdate();
            try (ResultSet key = token.getGeneratedKeys();
                    PreparedStatement kind =
                            connection.prepareStatement("insert into api_token_kind (token_id, kind) values (?, ?)")) {
                key.next();
                for (String each : kinds) {
                    kind.setLong(1, key.getLong(1));
                    kind.setString(2, each);
                    kind.executeUpdate();
                }
            }
        }
        return secret;
    }

    /** Rows of a kind sent as a JSON array; the preview. */
    JsonNode rows(String kind, String json) throws IOException, InterruptedException {
        return send(
                request("/api/imports/" + kind)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                201);
    }

    /** A file of a kind sent as a multipart form; the preview. */
    JsonNode upload(String kind, String fileName, byte[] file) throws IOException, InterruptedException {
        String boundary = "----rendement" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                request("/api/imports/" + kind)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                201);
    }

    JsonNode read(long id) throws IOException, InterruptedException {
        return send(request("/api/imports/" + id).GET(), 200);
    }

    JsonNode commit(long id) throws IOException, InterruptedException {
        return send(commitRequest(id), 200);
    }

    /** Starts a commit without waiting for its answer, which never comes when the application dies meanwhile. */
    CompletableFuture<HttpResponse<String>> commitInBackground(long id) {
        return http.sendAsync(commitRequest(id).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder commitRequest(long id) {
        return request("/api/imports/" + id + "/commit")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"onlyValidRows\": false}"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(LIMIT)
                .header("Authorization", "Bearer " + secret)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered "
                    + response.statusCode() + ", not " + expected + ": " + response.body());
        }
        return JsonMapper.shared().readTree(response.body());
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
