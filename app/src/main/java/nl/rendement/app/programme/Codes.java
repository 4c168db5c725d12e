package nl.rendement.app.programme;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Finds the constant of a coded enum by its stored code; one place for every enum here. */
final class Codes {

    private Codes() {}

    static <T> Optional<T> find(T[] values, Function<T, String> code, String given) {
        return Arrays.stream(values)
                .filter(value -> code.apply(value).equals(given))
                .findFirst();
    }

    static <T> T require(T[] values, Function<T, String> code, String given, String what) {
        return find(values, code, given)
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + ": " + given));
    }
}
