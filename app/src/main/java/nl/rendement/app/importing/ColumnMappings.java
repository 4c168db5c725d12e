package nl.rendement.app.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The column mappings users saved, one per source. A source is a kind of data and the set of
 * headers its files carry, ignoring order, case, accents and spacing: the export of one HR or
 * learning system. A mapping says, per file header that is neither a column's English nor its
 * Dutch header, which column it holds (by the column's English header) or that it is ignored
 * ({@code ""}).
 */
@Repository
public class ColumnMappings {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAPPING = new TypeReference<>() {};
    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;

    ColumnMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A saved mapping: the source's headers as first written, and who saved it when. */
    public record Saved(
            long id,
            String kind,
            List<String> headers,
            Map<String, String> mapping,
            String savedBy,
            OffsetDateTime savedAt) {}

    /** The mapping saved for files of this kind with these headers. */
    public Optional<Saved> find(String kind, List<String> headers) {
        return jdbc.sql("select id, kind, headers, mapping, saved_by, saved_at from import_mapping"
                        + " where kind = ? and source = ?")
                .params(kind, source(kind, headers))
                .query((rs, n) -> saved(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("headers"),
                        rs.getString("mapping"),
                        rs.getString("saved_by"),
                        rs.getObject("saved_at", OffsetDateTime.class)))
                .optional();
    }

    /** Saves the mapping for this source, replacing one saved before. */
    @Transactional
    public void save(String kind, List<String> headers, Map<String, String> mapping, String user) {
        String source = source(kind, headers);
        jdbc.sql("delete from import_mapping where kind = ? and source = ?")
                .params(kind, source)
                .update();
        jdbc.sql("insert into import_mapping (kind, source, headers, mapping, saved_by, saved_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        kind,
                        source,
                        String.join(SEPARATOR, headers),
                        written(mapping),
                        user,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** Every saved mapping, newest first. */
    public List<Saved> all() {
        return jdbc.sql("select id, kind, headers, mapping, saved_by, saved_at from import_mapping"
                        + " order by saved_at desc, id desc")
                .query((rs, n) -> saved(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("headers"),
                        rs.getString("mapping"),
                        rs.getString("saved_by"),
                        rs.getObject("saved_at", OffsetDateTime.class)))
                .list();
    }

    /** Forgets a mapping: the next file from its source is mapped anew. */
    public boolean forget(long id) {
        return jdbc.sql("delete from import_mapping where id = ?").param(id).update() > 0;
    }

    static String written(Map<String, String> mapping) {
        return JSON.writeValueAsString(mapping);
    }

    static Map<String, String> read(String written) {
        return written == null ? Map.of() : JSON.readValue(written, MAPPING);
    }

    /** The source's fingerprint: SHA-256 of the kind and its sorted, normalised headers. */
    static String source(String kind, List<String> headers) {
        TreeSet<String> normalised = new TreeSet<>();
        headers.stream().map(Headers::normalise).filter(h -> !h.isEmpty()).forEach(normalised::add);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind + SEPARATOR + String.join(SEPARATOR, normalised)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private static Saved saved(long id, String kind, String headers, String mapping, String by, OffsetDateTime at) {
        return new Saved(id, kind, List.of(headers.split(SEPARATOR, -1)), read(mapping), by, at);
    }
}
