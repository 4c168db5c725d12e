package nl.rendement.app.security;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, disabling and re-roling accounts, each change audited. An instance never loses its
 * last enabled administrator.
 */
@Service
class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    private final Accounts accounts;
    private final AccountChanges changes;
    private final PasswordEncoder passwords;
    private final SetupState setup;

    AccountAdministration(Accounts accounts, AccountChanges changes, PasswordEncoder passwords, SetupState setup) {
        this.accounts = accounts;
        this.changes = changes;
        this.passwords = passwords;
        this.setup = setup;
    }

    @Transactional
    long create(String actor, NewAccount request) {
        String username = request.username() == null ? "" : Accounts.normalise(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountRejected("username", "account.error.username.format");
        }
        if (accounts.byUsername(username).isPresent()) {
            throw new AccountRejected("username", "account.error.username.taken");
        }
        if (request.displayName() == null
                || request.displayName().isBlank()
                || request.displayName().length() > 128) {
            throw new AccountRejected("displayName", "account.error.displayName");
        }
        if (request.roles().isEmpty()) {
            throw new AccountRejected("roles", "account.error.roles.empty");
        }
        PasswordPolicy.check(username, request.password(), request.repeatPassword());
        long id = accounts.create(
                username, request.displayName().strip(), passwords.encode(request.password()), request.roles());
        changes.record(actor, id, "created", null, describe(request.roles()));
        setup.refresh();
        return id;
    }

    @Transactional
    void changeRoles(String actor, long id, Set<Role> roles) {
        Account account = existing(id);
        if (roles.isEmpty()) {
            throw new AccountRejected("roles", "account.error.roles.empty");
        }
        if (account.isAdmin() && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin();
        }
        accounts.replaceRoles(id, roles);
        changes.record(actor, id, "roles", describe(account.roles()), describe(roles));
        setup.refresh();
    }

    @Transactional
    void changeEnabled(String actor, long id, boolean enabled) {
        Account account = existing(id);
        if (account.enabled() == enabled) {
            return;
        }
        if (!enabled && account.isAdmin()) {
            requireAnotherAdmin();
        }
        accounts.setEnabled(id, enabled);
        changes.record(actor, id, "enabled", String.valueOf(account.enabled()), String.valueOf(enabled));
        setup.refresh();
    }

    @Transactional
    void changePassword(String actor, long id, String password, String repeated) {
        Account account = existing(id);
        PasswordPolicy.check(account.username(), password, repeated);
        accounts.setPasswordHash(id, passwords.encode(password));
        changes.record(actor, id, "password", null, null);
    }

    private Account existing(long id) {
        return accounts.byId(id).orElseThrow(() -> new AccountNotFound(id));
    }

    private void requireAnotherAdmin() {
        if (accounts.countEnabledAdmins() <= 1) {
            throw new AccountRejected("roles", "account.error.lastAdmin");
        }
    }

    static String describe(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    /** A request for a new account, as the form sends it. */
    record NewAccount(String username, String displayName, String password, String repeatPassword, Set<Role> roles) {

        NewAccount {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }
}
