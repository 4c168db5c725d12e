package nl.rendement.engine.conversion;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;

/** An improvement's value a year in the reporting currency, or why it could not be converted. */
public sealed interface ConversionOutcome {

    record Converted(Traced<Money> annualValue) implements ConversionOutcome {

        public Converted {
            Objects.requireNonNull(annualValue, "annualValue");
        }
    }

    record NotConverted(List<Reason> reasons) implements ConversionOutcome {

        public NotConverted {
            reasons = List.copyOf(reasons);
        }
    }
}
