package nl.rendement.app.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, at most 72 bytes (BCrypt's limit), not
 * containing the username, and never one of the published demo passwords.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_BYTES = 72;
    static final Set<String> DEMO_PASSWORDS = Set.of(DemoAccounts.PASSWORD);

    private PasswordPolicy() {}

    static void check(String username, String password, String repeated) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw new AccountRejected("password", "account.error.password.short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new AccountRejected("password", "account.error.password.long");
        }
        if (!password.equals(repeated)) {
            throw new AccountRejected("repeatPassword", "account.error.password.repeat");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(Accounts.normalise(username))) {
            throw new AccountRejected("password", "account.error.password.username");
        }
        if (DEMO_PASSWORDS.contains(password)) {
            throw new AccountRejected("password", "account.error.password.demo");
        }
    }
}
