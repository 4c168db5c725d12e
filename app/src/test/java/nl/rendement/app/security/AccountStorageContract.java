package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
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

    @Autowired
    Scopes scopes;

    @Autowired
    OrgUnits units;

    @Autowired
    ApiTokens tokens;

    @BeforeEach
    void startEmpty() {
        jdbc.sql("delete from app_user_scope_unit").update();
        jdbc.sql("delete from app_user_scope_programme").update();
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

    @Test
    void storesAScopeReplacesItAndAuditsTheGrantedIds() {
        long id = administration.create("admin", request("hrbp", Set.of(Role.ANALYST)));
        long sales = unit("SC-SALES");
        long service = unit("SC-SERVICE");
        assertThat(scopes.of(id)).isEqualTo(Scope.UNLIMITED);

        scopes.limit("admin", id, new Scope(Set.of(service, sales), Set.of()));
        scopes.limit("admin", id, new Scope(Set.of(sales), Set.of()));
        scopes.limit("admin", id, new Scope(Set.of(sales), Set.of()));

        assertThat(scopes.of(id).unitIds()).containsExactly(sales);
        assertThat(scopes.of(id).limited()).isTrue();
        assertThat(scopes.ofUsername("HRBP")).isEqualTo(scopes.of(id));
        assertThat(changes.latest(10))
                .filteredOn(change -> change.field().equals("scope"))
                .extracting(AccountChanges.Change::oldValue, AccountChanges.Change::newValue)
                .containsExactly(
                        tuple(
                                "units " + Math.min(sales, service) + ", " + Math.max(sales, service) + "; programmes ",
                                "units " + sales + "; programmes "),
                        tuple(
                                "",
                                "units " + Math.min(sales, service) + ", " + Math.max(sales, service)
                                        + "; programmes "));

        scopes.limit("admin", id, Scope.UNLIMITED);

        assertThat(scopes.of(id).limited()).isFalse();
    }

    @Test
    void aScopeWithAnUnknownUnitChangesNothing() {
        long id = administration.create("admin", request("hrbp", Set.of(Role.ANALYST)));
        long sales = unit("SC-SALES");
        scopes.limit("admin", id, new Scope(Set.of(sales), Set.of()));
        int auditedBefore = changes.latest(100).size();

        assertThatThrownBy(() -> scopes.limit("admin", id, new Scope(Set.of(sales, -1L), Set.of())))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(scopes.of(id).unitIds()).containsExactly(sales);
        assertThat(changes.latest(100)).hasSize(auditedBefore);
    }

    @Test
    void keepsAnApiTokenAsTheHashOfItsSecretWithWhoCreatedAndRevokedIt() {
        long sales = unit("SC-SALES");
        String name = "HRIS " + System.nanoTime();
        ApiTokens.Issued issued = tokens.issue(
                "admin",
                new NewToken.Checked(
                        name, Set.of("hr-snapshot"), Set.of(sales), Optional.of(LocalDate.of(2030, 1, 1))));

        ApiToken found = tokens.bySecret(issued.secret()).orElseThrow();
        assertThat(found).isEqualTo(issued.token());
        assertThat(found.kinds()).containsExactly("hr-snapshot");
        assertThat(found.unitIds()).containsExactly(sales);
        assertThat(found.expiresOn()).contains(LocalDate.of(2030, 1, 1));
        assertThat(found.createdBy()).isEqualTo("admin");
        assertThat(jdbc.sql("select secret_hash from api_token where id = ?")
                        .param(found.id())
                        .query(String.class)
                        .single())
                .isEqualTo(TokenSecret.hash(issued.secret()))
                .doesNotContain(issued.secret());
        assertThatThrownBy(() -> tokens.issue(
                        "admin",
                        new NewToken.Checked(
                                name.toUpperCase(java.util.Locale.ROOT),
                                Set.of("leavers"),
                                Set.of(),
                                Optional.empty())))
                .isInstanceOf(AccountRejected.class);

        assertThat(tokens.revoke("director", found.id())).isTrue();
        assertThat(tokens.revoke("director", found.id())).isFalse();
        ApiToken revoked = tokens.bySecret(issued.secret()).orElseThrow();
        assertThat(revoked.revoked().map(ApiToken.Revocation::by)).contains("director");
        assertThat(revoked.activeOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(tokens.all()).extracting(ApiToken::name).contains(name);
        // the other contracts of this database remove every unit, which a token's unit would keep
        jdbc.sql("delete from api_token_unit where token_id = ?")
                .param(found.id())
                .update();
    }

    private long unit(String code) {
        return units.byCode(code)
                .orElseGet(() -> units.add(code, code, UnitKind.DEPARTMENT, Optional.empty(), LocalDate.of(2020, 1, 1)))
                .id();
    }

    private static AccountAdministration.NewAccount request(String username, Set<Role> roles) {
        return new AccountAdministration.NewAccount(
                username, "Marieke de Vries", "een-lang-wachtwoord", "een-lang-wachtwoord", roles);
    }
}
