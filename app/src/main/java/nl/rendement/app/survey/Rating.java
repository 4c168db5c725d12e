package nl.rendement.app.survey;

import java.util.Objects;

/** A response's answer to one rating item, from 1 to 5. */
public record Rating(String item, int score) {

    public static final int MOST_CHARACTERS = 200;

    public Rating {
        Objects.requireNonNull(item, "item");
        if (item.isBlank() || item.length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("an item has 1 to " + MOST_CHARACTERS + " characters");
        }
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5: " + score);
        }
    }
}
