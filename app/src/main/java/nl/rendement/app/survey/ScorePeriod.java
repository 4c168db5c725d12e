package nl.rendement.app.survey;

import java.util.Arrays;
import java.util.Locale;

/** How long the period of a team's engagement and happiness scores is. */
public enum ScorePeriod {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** The stored code: {@code quarter}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScorePeriod ofCode(String code) {
        return Arrays.stream(values())
                .filter(period -> period.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown period: " + code));
    }
}
