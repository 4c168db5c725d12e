package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What account storage must do on every supported database (subclasses pick the database). */
@SpringBootTest
abstract class AccountStorageContract {

    @Autowired
    Accounts accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountChanges changes;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startEmpty() {
        jdbc.sql("delete from app_user_change").update();
        jdbc.sql("delete from app_user_role").update();
        jdbc.sql("delete from app_user").update();
    }

    @Test
    void storesAnAccountWithItsRolesAndFindsItWhateverTheCase() {
        long id = administration.create("setup", request("m.devries", Set.of(Role.ADMIN, Role.ANALYST)));

        Account account = accounts.byUsername("  M.deVries ").orElseThrow();

        assertThat(account.id()).isEqualTo(id);
        assertThat(account.username()).isEqualTo("m.devries");
        assertThat(account.displayName()).isEqualTo("Marieke de Vries");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.ANALYST);
        assertThat(account.enabled()).isTrue();
        assertThat(account.language()).isEmpty();
        assertThat(passwords.matches("een-lang-wachtwoord", account.passwordHash()))
                .isTrue();
        assertThat(account.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void theDatabaseRefusesATakenUsername() {
        administration.create("setup", request("jan", Set.of(Role.VIEWER)));

        assertThatThrownBy(() -> accounts.create("JAN", "Another Jan", "{bcrypt}x", Set.of(Role.VIEWER)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(accounts.all()).hasSize(1);
    }

    @Test
    void replacesRolesDisablesAndRemembersTheLanguageWithAnAudit() {
        long admin = administration.create("setup", request("beheer", Set.of(Role.ADMIN)));
        long other = administration.create("beheer", request("lezer", Set.of(Role.VIEWER)));

        administration.changeRoles("beheer", other, Set.of(Role.ANALYST));
        administration.changeEnabled("beheer", other, false);
        accounts.setLanguage("LEZER", "en");

        Account changed = accounts.byId(other).orElseThrow();
        assertThat(changed.roles()).containsExactly(Role.ANALYST);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.language()).isEqualTo(Optional.of("en"));
        assertThat(accounts.countEnabledAdmins()).isEqualTo(1);
        assertThat(accounts.byId(admin).orElseThrow().isAdmin()).isTrue();
        assertThat(changes.latest(10))
                .extracting(
                        AccountChanges.Change::changedBy,
                        AccountChanges.Change::username,
                        AccountChanges.Change::field,
                        AccountChanges.Change::oldValue,
                        AccountChanges.Change::newValue)
                .containsExactly(
                        tuple("beheer", "lezer", "enabled", "true", "false"),
                        tuple("beheer", "lezer", "roles", "VIEWER", "ANALYST"),
                        tuple("beheer", "lezer", "created", null, "VIEWER"),
                        tuple("setup", "beheer", "created", null, "ADMIN"));
    }

    @Test
    void neverLosesTheLastActiveAdministrator() {
        long admin = administration.create("setup", request("beheer", Set.of(Role.ADMIN)));

        assertThatThrownBy(() -> administration.changeEnabled("beheer", admin, false))
                .isInstanceOf(AccountRejected.class)
                .hasMessage("account.error.lastAdmin");
        assertThatThrownBy(() -> administration.changeRoles("beheer", admin, Set.of(Role.ANALYST)))
                .isInstanceOf(AccountRejected.class);

        assertThat(accounts.byId(admin).orElseThrow().isAdmin()).isTrue();
        assertThat(changes.latest(10)).hasSize(1);
    }

    @Test
    void aRejectedAccountLeavesNothingBehind() {
        assertThatThrownBy(() -> administration.create(
                        "setup",
                        new AccountAdministration.NewAccount(
                                "kort", "Kort", "te-kort", "te-kort", Set.of(Role.VIEWER))))
                .isInstanceOf(AccountRejected.class)
                .hasMessage("account.error.password.short");

        assertThat(accounts.all()).isEmpty();
        assertThat(changes.latest(10)).isEmpty();
    }

    private static AccountAdministration.NewAccount request(String username, Set<Role> roles) {
        return new AccountAdministration.NewAccount(
                username, "Marieke de Vries", "een-lang-wachtwoord", "een-lang-wachtwoord", roles);
    }
}
