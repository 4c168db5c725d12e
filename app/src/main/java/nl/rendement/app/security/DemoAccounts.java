package nl.rendement.app.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The fictional logins of a demo start, one per kind of user. Their password is published in
 * the README and on the console, so the password policy refuses it everywhere else.
 */
final class DemoAccounts {

    static final String PASSWORD = "rendement-demo";

    static final List<Login> LOGINS = List.of(
            new Login("director", "Demo HR director", Set.of(Role.ADMIN, Role.ANALYST)),
            new Login("admin", "Demo administrator", Set.of(Role.ADMIN)),
            new Login("analyst", "Demo L&D analyst", Set.of(Role.ANALYST)),
            new Login("viewer", "Demo executive reader", Set.of(Role.VIEWER)),
            new Login("hrbp", "Demo HR business partner, Verkoop only", Set.of(Role.ANALYST)),
            new Login("programme-lead", "Demo leadership programme lead, that programme only", Set.of(Role.ANALYST)));

    private DemoAccounts() {}

    /** Creates the demo logins that are missing, each recorded as created by "demo". */
    static void ensure(Accounts accounts, AccountChanges changes, PasswordEncoder encoder) {
        for (Login login : LOGINS) {
            if (accounts.byUsername(login.username()).isEmpty()) {
                long id =
                        accounts.create(login.username(), login.displayName(), encoder.encode(PASSWORD), login.roles());
                changes.record("demo", id, "created", null, AccountAdministration.describe(login.roles()));
            }
        }
    }

    /** One demo login, as the console and the demo login page list it. */
    public record Login(String username, String displayName, Set<Role> roles) {}
}
