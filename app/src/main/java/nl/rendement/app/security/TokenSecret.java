package nl.rendement.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An API token's secret: {@code rdm_} and 32 random bytes in base64url, 256 bits that nobody
 * guesses, so a plain SHA-256 hash (not a slow password hash) keeps it safe at rest and lets a
 * request's token be found by its hash alone. The prefix lets secret scanners recognise it.
 */
final class TokenSecret {

    static final String PREFIX = "rdm_";

    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {}

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a secret at all; anything else is refused without a look-up. */
    static boolean wellFormed(String secret) {
        return FORM.matcher(secret).matches();
    }

    /** The secret's SHA-256 hash in lower-case hex, as stored. */
    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
