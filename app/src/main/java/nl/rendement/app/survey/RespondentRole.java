package nl.rendement.app.survey;

import java.util.Arrays;
import java.util.Locale;

/** Who answered a survey, and so whose estimate a response gives: the engine's estimate sources. */
public enum RespondentRole {
    PARTICIPANT,
    MANAGER,
    SENIOR_MANAGEMENT,
    EXPERT;

    /** The stored code: {@code senior_management}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RespondentRole ofCode(String code) {
        return Arrays.stream(values())
                .filter(role -> role.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown respondent role: " + code));
    }
}
