package nl.rendement.app.security;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store of users' scopes, read on every request so that an administrator's change applies
 * at once, not at the user's next sign-in.
 */
@Service
public class Scopes {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AccountChanges changes;

    Scopes(JdbcClient jdbc, Accounts accounts, AccountChanges changes) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.changes = changes;
    }

    /** The scope of the signed-in user; only for requests that passed authentication. */
    public Scope current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("A scope is asked for outside a signed-in request");
        }
        return ofUsername(authentication.getName());
    }

    /** The scope of the user with this name, who must have an account. */
    public Scope ofUsername(String username) {
        return accounts.byUsername(username)
                .map(account -> of(account.id()))
                .orElseThrow(() -> new IllegalStateException("No account for the signed-in user"));
    }

    public Scope of(long userId) {
        return new Scope(
                Set.copyOf(jdbc.sql("select org_unit_id from app_user_scope_unit where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .list()),
                Set.copyOf(jdbc.sql("select programme_id from app_user_scope_programme where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .list()));
    }

    /**
     * Replaces the user's grants, audited as "scope" with the granted ids; {@link Scope#UNLIMITED}
     * lifts every limit. Unknown unit or programme ids are refused by the database and change nothing.
     */
    @Transactional
    public void limit(String actor, long userId, Scope scope) {
        Account account = accounts.byId(userId).orElseThrow(() -> new AccountNotFound(userId));
        Scope before = of(account.id());
        if (before.equals(scope)) {
            return;
        }
        jdbc.sql("delete from app_user_scope_unit where user_id = ?")
                .param(userId)
                .update();
        jdbc.sql("delete from app_user_scope_programme where user_id = ?")
                .param(userId)
                .update();
        scope.unitIds()
                .forEach(unit -> jdbc.sql("insert into app_user_scope_unit (user_id, org_unit_id) values (?, ?)")
                        .params(userId, unit)
                        .update());
        scope.programmeIds()
                .forEach(programme -> jdbc.sql(
                                "insert into app_user_scope_programme (user_id, programme_id) values (?, ?)")
                        .params(userId, programme)
                        .update());
        changes.record(actor, userId, "scope", before.describe(), scope.describe());
    }
}
