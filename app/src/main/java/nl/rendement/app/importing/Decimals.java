package nl.rendement.app.importing;

import java.math.BigDecimal;

/**
 * The numbers a stored decimal column ({@code numeric(19, 6)}) keeps exactly: at most 13 digits
 * before the decimal point and 6 after. A number beyond that is a problem, never rounded quietly.
 */
final class Decimals {

    static final int INTEGER_DIGITS = 13;
    static final int FRACTION_DIGITS = 6;

    private Decimals() {}

    static boolean fit(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return plain.scale() <= FRACTION_DIGITS && plain.precision() - plain.scale() <= INTEGER_DIGITS;
    }
}
