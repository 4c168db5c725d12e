package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.SurveyFormats.ITEM;
import static nl.rendement.app.importing.formats.SurveyFormats.RATING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.survey.Rating;

/**
 * A response's ratings, one item and its rating (1 to 5) per row. An item without a rating, a
 * rating without an item, and an item rated twice in one response (ignoring case) are problems.
 */
final class RatingAnswers {

    private final ResponseRows response;

    RatingAnswers(ResponseRows response) {
        this.response = response;
    }

    /** The response's valid ratings; each invalid one is a problem of its row. */
    List<Rating> read() {
        List<Rating> ratings = new ArrayList<>();
        Map<String, Integer> rated = new HashMap<>();
        for (Row row : response.rows()) {
            Optional<String> item = row.text(ITEM);
            Optional<Long> rating = row.integer(RATING);
            if (item.isPresent() && rating.isEmpty()) {
                response.problem(row, RATING, "", "importing.survey.itemWithoutRating");
            } else if (item.isEmpty() && rating.isPresent()) {
                response.problem(row, ITEM, "", "importing.survey.ratingWithoutItem");
            } else if (item.isPresent()) {
                rating(row, item.get(), rating.get(), rated).ifPresent(ratings::add);
            }
        }
        return ratings;
    }

    private Optional<Rating> rating(Row row, String item, long score, Map<String, Integer> rated) {
        boolean valid = true;
        if (score < 1 || score > 5) {
            response.problem(row, RATING, String.valueOf(score), "importing.survey.rating");
            valid = false;
        }
        if (item.length() > Rating.MOST_CHARACTERS) {
            response.problem(row, ITEM, item, "importing.survey.tooLong", Rating.MOST_CHARACTERS);
            valid = false;
        }
        Integer earlier = rated.putIfAbsent(item.toLowerCase(Locale.ROOT), row.number());
        if (earlier != null) {
            response.problem(row, ITEM, item, "importing.survey.duplicateItem", earlier);
            valid = false;
        }
        return valid ? Optional.of(new Rating(item, (int) score)) : Optional.empty();
    }
}
