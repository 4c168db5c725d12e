package nl.rendement.app.people;

import java.util.random.RandomGenerator;

/**
 * Pseudonymous keys such as {@code P-7K3Q9XMD}: ten characters of Crockford's base-32 alphabet
 * (no I, L, O, U), about 40 bits, carrying nothing about the person.
 */
public final class Pseudonyms {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 8;

    private Pseudonyms() {}

    public static String next(RandomGenerator random) {
        StringBuilder key = new StringBuilder("P-");
        for (int i = 0; i < LENGTH; i++) {
            key.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return key.toString();
    }
}
