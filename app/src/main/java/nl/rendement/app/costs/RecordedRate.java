package nl.rendement.app.costs;

import java.time.Instant;
import java.util.Objects;
import nl.rendement.engine.money.ExchangeRate;

/** An exchange rate as an administrator added it: the rate (valid from its date), who added it and when. */
public record RecordedRate(long id, ExchangeRate rate, String addedBy, Instant addedAt) {

    public RecordedRate {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
