package nl.rendement.app.security;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store of API tokens: each with the hash of its secret, never the secret; who created it and
 * when, who revoked it and when (the audit of both), and when it was last used. A revocation
 * applies at once, since every request looks its token up.
 */
@Repository
class ApiTokens {

    private static final String SELECT = "select id, name, created_by, created_at, expires_on, last_used_at,"
            + " revoked_by, revoked_at from api_token";

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token just created, with its secret: shown once, then only its hash is kept. */
    record Issued(ApiToken token, String secret) {}

    /** Creates the checked token; a name that is taken (by a revoked token too) is refused. */
    @Transactional
    Issued issue(String actor, NewToken.Checked checked) {
        if (jdbc.sql("select count(*) from api_token where lower(name) = lower(?)")
                        .param(checked.name())
                        .query(Long.class)
                        .single()
                > 0) {
            throw new AccountRejected("name", "tokens.error.nameTaken");
        }
        String secret = TokenSecret.generate();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (name, secret_hash, created_by, created_at, expires_on)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        checked.name(),
                        TokenSecret.hash(secret),
                        actor,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        checked.expiresOn().map(Date::valueOf).orElse(null))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        checked.kinds()
                .forEach(kind -> jdbc.sql("insert into api_token_kind (token_id, kind) values (?, ?)")
                        .params(id, kind)
                        .update());
        checked.unitIds()
                .forEach(unit -> jdbc.sql("insert into api_token_unit (token_id, org_unit_id) values (?, ?)")
                        .params(id, unit)
                        .update());
        return new Issued(byId(id).orElseThrow(), secret);
    }

    /** Every token, the latest first, revoked ones included. */
    List<ApiToken> all() {
        Map<Long, Set<String>> kinds = new HashMap<>();
        jdbc.sql("select token_id, kind from api_token_kind").query(rs -> {
            kinds.computeIfAbsent(rs.getLong("token_id"), id -> new HashSet<>()).add(rs.getString("kind"));
        });
        Map<Long, Set<Long>> units = new HashMap<>();
        jdbc.sql("select token_id, org_unit_id from api_token_unit").query(rs -> {
            units.computeIfAbsent(rs.getLong("token_id"), id -> new HashSet<>()).add(rs.getLong("org_unit_id"));
        });
        return jdbc.sql(SELECT + " order by id desc")
                .query((rs, n) -> token(rs, kinds.getOrDefault(rs.getLong("id"), Set.of()), units))
                .list();
    }

    Optional<ApiToken> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::token).optional();
    }

    /** The token whose secret this is, whatever its state; a text that cannot be a secret is none. */
    Optional<ApiToken> bySecret(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where secret_hash = ?")
                .param(TokenSecret.hash(secret))
                .query(this::token)
                .optional();
    }

    void used(long id, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(at.atOffset(ZoneOffset.UTC), id)
                .update();
    }

    /** Revokes the token at once; false when there is no such token or it was revoked already. */
    boolean revoke(String actor, long id) {
        return jdbc.sql("update api_token set revoked_by = ?, revoked_at = ? where id = ? and revoked_at is null")
                        .params(actor, OffsetDateTime.now(ZoneOffset.UTC), id)
                        .update()
                > 0;
    }

    private ApiToken token(ResultSet rs, int rowNum) throws SQLException {
        long id = rs.getLong("id");
        Set<String> kinds = Set.copyOf(jdbc.sql("select kind from api_token_kind where token_id = ?")
                .param(id)
                .query(String.class)
                .list());
        Set<Long> units = Set.copyOf(jdbc.sql("select org_unit_id from api_token_unit where token_id = ?")
                .param(id)
                .query(Long.class)
                .list());
        return token(rs, kinds, Map.of(id, units));
    }

    private static ApiToken token(ResultSet rs, Set<String> kinds, Map<Long, Set<Long>> units) throws SQLException {
        long id = rs.getLong("id");
        String revokedBy = rs.getString("revoked_by");
        Optional<Instant> revokedAt = instant(rs, "revoked_at");
        return new ApiToken(
                id,
                rs.getString("name"),
                kinds,
                units.getOrDefault(id, Set.of()),
                rs.getString("created_by"),
                instant(rs, "created_at").orElseThrow(),
                Optional.ofNullable(rs.getObject("expires_on", LocalDate.class)),
                instant(rs, "last_used_at"),
                revokedAt.map(at -> new ApiToken.Revocation(revokedBy, at)));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
