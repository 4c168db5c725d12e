package nl.rendement.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether this instance still needs its first administrator. While it does, only the first-run
 * setup page is served, and it asks for a one-time code that the console printed at start-up, so
 * that nobody who merely reaches the server first can claim it.
 */
@Component
class SetupState {

    private final Accounts accounts;
    private final AtomicBoolean needed = new AtomicBoolean();
    private final String code;

    SetupState(Accounts accounts) {
        this.accounts = accounts;
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        this.code = HexFormat.of().formatHex(random);
    }

    boolean needed() {
        return needed.get();
    }

    void refresh() {
        needed.set(!accounts.anyEnabledAdmin());
    }

    /** The one-time setup code, only while setup is needed. */
    Optional<String> code() {
        return needed() ? Optional.of(code) : Optional.empty();
    }

    boolean accepts(String candidate) {
        return needed()
                && candidate != null
                && MessageDigest.isEqual(
                        code.getBytes(StandardCharsets.US_ASCII),
                        candidate.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
