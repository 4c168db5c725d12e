package nl.rendement.engine.levels;

import java.util.List;

/**
 * The level-3 data (METHOD §1): the frequency scale in its order (e.g. daily, weekly, monthly,
 * never), the respondents' answers and managers' observations. A frequency outside the scale and
 * a person observed twice are impossible input.
 */
public record ApplicationSurvey(
        List<String> frequencyScale, List<ApplicationAnswer> answers, List<ManagerObservation> observations) {

    public ApplicationSurvey {
        frequencyScale = List.copyOf(frequencyScale);
        answers = List.copyOf(answers);
        observations = List.copyOf(observations);
        if (frequencyScale.stream().distinct().count() != frequencyScale.size()) {
            throw new IllegalArgumentException("The frequency scale repeats a category: " + frequencyScale);
        }
        for (ApplicationAnswer answer : answers) {
            if (answer.frequency().isPresent()
                    && !frequencyScale.contains(answer.frequency().get())) {
                throw new IllegalArgumentException(answer.frequency().get() + " is not on the scale " + frequencyScale);
            }
        }
        if (observations.stream().map(ManagerObservation::person).distinct().count() != observations.size()) {
            throw new IllegalArgumentException("A person is observed once");
        }
    }
}
