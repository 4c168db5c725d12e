package nl.rendement.app.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The fictional logins of a demo start, one per kind of user. Their password is published in
 * the README and on the console, so the password policy refuses it everywhere else.
 */
final class DemoAccounts {

    static final String PASSWORD = "rendement-demo";

    static final List<Login> LOGINS = List.of(
            new Login("director", "Demo HR director", Set.of(Role.ADMIN, Role.ANALYST), Optional.empty()),
            new Login("admin", "Demo administrator", Set.of(Role.ADMIN), Optional.empty()),
            new Login("analyst", "Demo L&D analyst", Set.of(Role.ANALYST), Optional.empty()),
            new Login("viewer", "Demo executive reader", Set.of(Role.VIEWER), Optional.empty()),
            new Login("hrbp", "Demo HR business partner", Set.of(Role.ANALYST), Optional.of("login.demo.limit.unit")),
            new Login(
                    "programme-lead",
                    "Demo programme lead",
                    Set.of(Role.ANALYST),
                    Optional.of("login.demo.limit.programme")));

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

    /** One demo login; {@code limitKey} names the message that says what it is limited to, if anything. */
    public record Login(String username, String displayName, Set<Role> roles, Optional<String> limitKey) {}
}
