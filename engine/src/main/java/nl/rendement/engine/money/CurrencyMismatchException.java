package nl.rendement.engine.money;

import java.util.Currency;

/** Two amounts in different currencies were combined without an exchange rate. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(Currency left, Currency right) {
        super("Cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode()
                + " without an explicit exchange rate");
    }
}
