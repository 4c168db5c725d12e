package nl.rendement.app.security;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.system.InstanceMode;
import nl.rendement.app.system.StartupRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Before the first request: demo logins in a demo start; in production, the first administrator
 * from RENDEMENT_ADMIN_PASSWORD if given, else a one-time setup code on the console.
 */
@Component
class AccountsStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AccountsStartup.class);

    private final InstanceMode mode;
    private final Accounts accounts;
    private final AccountChanges changes;
    private final AccountAdministration administration;
    private final PasswordEncoder encoder;
    private final SetupState setup;
    private final String adminUsername;
    private final String adminPassword;
    private final MessageSource messages;

    AccountsStartup(
            InstanceMode mode,
            Accounts accounts,
            AccountChanges changes,
            AccountAdministration administration,
            PasswordEncoder encoder,
            SetupState setup,
            @Value("${rendement.admin.username:admin}") String adminUsername,
            @Value("${rendement.admin.password:}") String adminPassword,
            MessageSource messages) {
        this.mode = mode;
        this.accounts = accounts;
        this.changes = changes;
        this.administration = administration;
        this.encoder = encoder;
        this.setup = setup;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.messages = messages;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (mode == InstanceMode.DEMO) {
            DemoAccounts.ensure(accounts, changes, encoder);
        } else if (!accounts.anyEnabledAdmin() && !adminPassword.isEmpty()) {
            createFirstAdmin();
        }
        setup.refresh();
    }

    private void createFirstAdmin() {
        try {
            administration.create(
                    "environment",
                    new AccountAdministration.NewAccount(
                            adminUsername, "Administrator", adminPassword, adminPassword, Set.of(Role.ADMIN)));
        } catch (AccountRejected rejected) {
            throw new StartupRefusedException(
                    "RENDEMENT_ADMIN_USERNAME or RENDEMENT_ADMIN_PASSWORD cannot be used for the first"
                            + " administrator (" + rejected.messageKey() + ").",
                    "Set RENDEMENT_ADMIN_PASSWORD to at least 12 characters that do not contain the username,"
                            + " or leave it unset and use the setup page.");
        }
    }

    @EventListener
    void announce(ApplicationReadyEvent ready) {
        Environment environment = ready.getApplicationContext().getEnvironment();
        String address = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        if (mode == InstanceMode.DEMO) {
            String logins = DemoAccounts.LOGINS.stream()
                    .map(login -> String.format(
                            "  %-15s %s%s",
                            login.username(),
                            roles(login.roles()),
                            login.limitKey()
                                    .map(key -> " (" + messages.getMessage(key, null, Locale.ENGLISH) + ")")
                                    .orElse("")))
                    .collect(Collectors.joining(System.lineSeparator()));
            log.info(
                    "{}Rendement DEMO is running at {} (fictional data under ./data/demo).{}Log in with password"
                            + " '{}' as:{}{}",
                    System.lineSeparator(),
                    address,
                    System.lineSeparator(),
                    DemoAccounts.PASSWORD,
                    System.lineSeparator(),
                    logins);
        }
        setup.code()
                .ifPresent(code -> log.warn(
                        "Rendement has no administrator yet. Open {}/setup and enter the one-time setup code {}",
                        address,
                        code));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(" + "));
    }
}
