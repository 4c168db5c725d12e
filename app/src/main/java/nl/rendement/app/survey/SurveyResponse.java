package nl.rendement.app.survey;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One response to a programme's reaction (level 1) or application (level 3) survey, known by the
 * survey tool's id within the programme. A response without an employee is anonymous: it is
 * linked to its programme and cohort only. Ratings are kept in item order, each item once.
 *
 * @param responseKey the survey tool's id of the response
 */
public record SurveyResponse(
        long programmeId,
        String responseKey,
        Optional<Long> cohortId,
        Optional<Long> employeeId,
        RespondentRole role,
        int level,
        Optional<LocalDate> answeredOn,
        List<Rating> ratings,
        Optional<Integer> recommend,
        Optional<String> comment,
        Application application,
        Optional<Estimate> estimate) {

    public static final int KEY_CHARACTERS = 100;
    public static final int COMMENT_CHARACTERS = 4000;

    public SurveyResponse {
        Objects.requireNonNull(responseKey, "responseKey");
        Objects.requireNonNull(cohortId, "cohortId");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(answeredOn, "answeredOn");
        Objects.requireNonNull(recommend, "recommend");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(estimate, "estimate");
        if (responseKey.isBlank() || responseKey.length() > KEY_CHARACTERS) {
            throw new IllegalArgumentException("a response id has 1 to " + KEY_CHARACTERS + " characters");
        }
        if (level != 1 && level != 3) {
            throw new IllegalArgumentException("a survey is level 1 or 3: " + level);
        }
        if (application.frequency().isPresent() && level != 3) {
            throw new IllegalArgumentException("a frequency belongs to a level 3 survey");
        }
        recommend.filter(answer -> answer < 0 || answer > 10).ifPresent(answer -> {
            throw new IllegalArgumentException("a recommend answer is 0 to 10: " + answer);
        });
        comment.filter(text -> text.length() > COMMENT_CHARACTERS).ifPresent(text -> {
            throw new IllegalArgumentException("a comment has at most " + COMMENT_CHARACTERS + " characters");
        });
        ratings = ratings.stream().sorted(Comparator.comparing(Rating::item)).toList();
        Set<String> items = new HashSet<>();
        ratings.forEach(rating -> {
            if (!items.add(rating.item().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("an item is rated once per response: " + rating.item());
            }
        });
    }

    public boolean anonymous() {
        return employeeId.isEmpty();
    }
}
