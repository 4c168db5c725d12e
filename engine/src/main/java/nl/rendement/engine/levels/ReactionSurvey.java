package nl.rendement.engine.levels;

import java.util.List;
import java.util.Objects;

/**
 * The level-1 answers (METHOD §1): 1-5 items, the answers to the 0-10 "would you recommend"
 * question (the only source of the NPS) and free-text comments. Answers come as lists per
 * question, never tied to a respondent. A recommend answer outside 0-10 is impossible input.
 */
public record ReactionSurvey(List<RatingItem> items, List<Integer> recommend, List<String> comments) {

    public ReactionSurvey {
        items = List.copyOf(items);
        recommend = List.copyOf(recommend);
        comments = List.copyOf(comments);
        if (items.stream().map(RatingItem::name).distinct().count() != items.size()) {
            throw new IllegalArgumentException("Item names must be unique");
        }
        for (int answer : recommend) {
            if (answer < 0 || answer > 10) {
                throw new IllegalArgumentException(answer + " is not on the 0-10 recommend scale");
            }
        }
        comments.forEach(comment -> Objects.requireNonNull(comment, "comment"));
    }
}
