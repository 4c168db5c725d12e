package nl.rendement.engine.levels.learning;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The pre- and post-scores of one test (level 2) with the test's maximum score and, optionally,
 * its pass mark. People are kept in the order of their identifiers, so that every sum, and so
 * every result, is the same whatever order the input had.
 *
 * @param maximum the highest score the test allows, positive
 * @param passMark the score at or above which a person passes, from 0 to the maximum, if any
 * @param people everyone with both scores, each identifier once
 */
public record LearningScores(double maximum, Optional<Double> passMark, List<PersonScore> people) {

    public LearningScores {
        Objects.requireNonNull(passMark, "passMark");
        if (!(maximum > 0) || !Double.isFinite(maximum)) {
            throw new IllegalArgumentException("A test's maximum score is positive and finite: " + maximum);
        }
        passMark.filter(mark -> !(mark >= 0 && mark <= maximum)).ifPresent(mark -> {
            throw new IllegalArgumentException("A pass mark lies from 0 to the maximum " + maximum + ": " + mark);
        });
        people = people.stream()
                .sorted(Comparator.comparing(PersonScore::person))
                .toList();
        Set<String> seen = new HashSet<>();
        for (PersonScore score : people) {
            if (!seen.add(score.person())) {
                throw new IllegalArgumentException("Two scores for " + score.person());
            }
            if (score.pre() > maximum || score.post() > maximum) {
                throw new IllegalArgumentException("A score of " + score.person() + " is above the maximum " + maximum
                        + ": " + score.pre() + ", " + score.post());
            }
        }
    }

    /** Scores without a pass mark. */
    public static LearningScores of(double maximum, List<PersonScore> people) {
        return new LearningScores(maximum, Optional.empty(), people);
    }

    public LearningScores withPassMark(double mark) {
        return new LearningScores(maximum, Optional.of(mark), people);
    }

    public int n() {
        return people.size();
    }
}
