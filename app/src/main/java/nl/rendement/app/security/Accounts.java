package nl.rendement.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The store of user accounts and their roles. Usernames are kept in lower case. */
@Repository
class Accounts {

    private static final String SELECT =
            "select id, username, display_name, password_hash, enabled, language" + " from app_user";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql(SELECT + " where username = ?")
                .param(normalise(username))
                .query(this::row)
                .optional()
                .map(this::withRoles);
    }

    Optional<Account> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .map(this::withRoles);
    }

    List<Account> all() {
        Map<Long, Set<Role>> roles = allRoles();
        return jdbc.sql(SELECT + " order by username").query(this::row).list().stream()
                .map(account -> copyWithRoles(account, roles.getOrDefault(account.id(), Set.of())))
                .toList();
    }

    boolean anyEnabledAdmin() {
        return countEnabledAdmins() > 0;
    }

    long countEnabledAdmins() {
        return jdbc.sql("select count(*) from app_user u join app_user_role r on r.user_id = u.id"
                        + " where u.enabled and r.role = 'ADMIN'")
                .query(Long.class)
                .single();
    }

    long create(String username, String displayName, String passwordHash, Set<Role> roles) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, ?, ?, true, ?)")
                .params(normalise(username), displayName, passwordHash, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        replaceRoles(id, roles);
        return id;
    }

    void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
    }

    void setPasswordHash(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(passwordHash, id)
                .update();
    }

    void setLanguage(String username, String language) {
        jdbc.sql("update app_user set language = ? where username = ?")
                .params(language, normalise(username))
                .update();
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private Account row(ResultSet rs, int rowNum) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                Optional.ofNullable(rs.getString("language")),
                Set.of());
    }

    private Account withRoles(Account account) {
        Set<Role> roles = jdbc.sql("select role from app_user_role where user_id = ?")
                .param(account.id())
                .query((rs, n) -> Role.valueOf(rs.getString("role")))
                .set();
        return copyWithRoles(account, roles);
    }

    private Map<Long, Set<Role>> allRoles() {
        return jdbc
                .sql("select user_id, role from app_user_role")
                .query((rs, n) -> Map.entry(rs.getLong("user_id"), Role.valueOf(rs.getString("role"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        Collectors.mapping(
                                Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    private static Account copyWithRoles(Account account, Set<Role> roles) {
        return new Account(
                account.id(),
                account.username(),
                account.displayName(),
                account.passwordHash(),
                account.enabled(),
                account.language(),
                roles);
    }
}
