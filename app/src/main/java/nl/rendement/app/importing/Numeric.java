package nl.rendement.app.importing;

import java.math.BigDecimal;

/** Whether a number read from a file fits a database column exactly, so that nothing is rounded on the way in. */
final class Numeric {

    private Numeric() {}

    /** Whether the value has at most {@code scale} decimals and {@code precision - scale} digits before them. */
    static boolean fits(BigDecimal value, int precision, int scale) {
        BigDecimal plain = value.stripTrailingZeros();
        int integerDigits = plain.precision() - plain.scale();
        return plain.scale() <= scale && integerDigits <= precision - scale;
    }

    /** Whether the value fits a stored {@code numeric(19, 6)} column: 13 digits before the point, 6 after. */
    static boolean fitsDecimal(BigDecimal value) {
        return fits(value, 19, 6);
    }
}
