package nl.rendement.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded files waiting for their column mapping, on disk under an unguessable token, beside
 * what the uploader said about them. Only the uploader can take a staged file back; a file is
 * removed once it is read, and any left for a day (a mapping never finished) is removed at the next
 * upload. Several instances of Rendement must share the folder ({@code rendement.import.staging}).
 */
@Component
class StagedUploads {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final Duration KEPT = Duration.ofDays(1);

    private final Path folder;
    private final SecureRandom random = new SecureRandom();

    StagedUploads(@Value("${rendement.import.staging:}") String folder) {
        this.folder =
                folder.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "rendement-uploads") : Path.of(folder);
    }

    /** What the uploader said about a staged file. */
    record Upload(
            String kind,
            String fileName,
            String user,
            String dates,
            String numbers,
            String snapshotDate,
            boolean full) {}

    /** Stores the file and what was said about it, under a new token. */
    Staged stage(InputStream content, Upload upload) {
        try {
            Files.createDirectories(folder);
            removeOld();
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            Files.copy(content, file(token), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(about(token), JSON.writeValueAsString(upload));
            return new Staged(token, file(token), upload);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The staged file and what was said about it, if the token is this user's. */
    Optional<Staged> take(String token, String user) {
        if (!TOKEN.matcher(token).matches() || !Files.exists(about(token))) {
            return Optional.empty();
        }
        try {
            Upload upload = JSON.readValue(Files.readString(about(token)), Upload.class);
            return upload.user().equals(user) ? Optional.of(new Staged(token, file(token), upload)) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    record Staged(String token, Path file, Upload upload) {}

    void remove(String token) {
        if (TOKEN.matcher(token).matches()) {
            try {
                Files.deleteIfExists(file(token));
                Files.deleteIfExists(about(token));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    private void removeOld() throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(KEPT));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path file(String token) {
        return folder.resolve(token + ".upload");
    }

    private Path about(String token) {
        return folder.resolve(token + ".json");
    }
}
