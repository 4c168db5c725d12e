package nl.rendement.engine.levels;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;
import nl.rendement.engine.value.Numbers;

/**
 * Level 3, application (METHOD §1; Phillips' application and implementation, Kirkpatrick's
 * behaviour): % applying = respondents applying / respondents x 100; frequency = count and % per
 * category of those who answered it; each barrier and enabler: respondents citing it /
 * respondents x 100; manager observation: observed people seen applying / observed people x 100,
 * with the number of managers. Every share is a part of its total, marked when it or its
 * complement is 1 to k - 1; the observation share is also marked when it rests on fewer than k
 * managers' answers. Immutable; {@code k} defaults to 5.
 */
public record Application(int k) {

    public Application {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
    }

    public static Application withDefaults() {
        return new Application(Efficiency.DEFAULT_K);
    }

    public Application withK(int value) {
        return new Application(value);
    }

    public ApplicationResult evaluate(ApplicationSurvey survey) {
        List<ApplicationAnswer> answers = survey.answers();
        int respondents = answers.size();
        Figure<Double> applying = respondents == 0
                ? Figure.notComputable(Reason.of("level.application.noRespondents"))
                : Part.of(
                                "level.application.applying",
                                "applying",
                                "applying",
                                count(answers, ApplicationAnswer::applying),
                                respondents,
                                k)
                        .share();
        return new ApplicationResult(
                applying,
                frequency(survey),
                cited("level.application.barrier", answers, ApplicationAnswer::barriers),
                cited("level.application.enabler", answers, ApplicationAnswer::enablers),
                observed(survey.observations()));
    }

    private List<Part> frequency(ApplicationSurvey survey) {
        List<String> given = survey.answers().stream()
                .flatMap(answer -> answer.frequency().stream())
                .toList();
        if (given.isEmpty()) {
            return List.of();
        }
        return survey.frequencyScale().stream()
                .map(category -> Part.of(
                        "level.application.frequency",
                        "frequency",
                        category,
                        count(given, category::equals),
                        given.size(),
                        k))
                .toList();
    }

    private List<Part> cited(
            String code, List<ApplicationAnswer> answers, Function<ApplicationAnswer, Set<String>> citing) {
        Map<String, Integer> counts = new TreeMap<>();
        answers.forEach(answer -> citing.apply(answer).forEach(label -> counts.merge(label, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> Part.of(code, "respondents", entry.getKey(), entry.getValue(), answers.size(), k))
                .toList();
    }

    private Figure<Double> observed(List<ManagerObservation> observations) {
        int people = observations.size();
        if (people == 0) {
            return Figure.notComputable(Reason.of("level.application.noObservations"));
        }
        int managers = (int) observations.stream()
                .map(ManagerObservation::manager)
                .distinct()
                .count();
        int applying = count(observations, ManagerObservation::applying);
        double percent = Shares.percent(applying, people);
        Aggregate<Double> share = Aggregate.part(percent, applying, people, k);
        Step step = Step.of(
                "level.application.observed",
                "managers",
                managers,
                "observed",
                people,
                "applying",
                applying,
                "percent",
                Numbers.toDecimal(percent),
                "k",
                k);
        if (managers < k) {
            share = new Aggregate<>(percent, applying, Optional.of(people), Aggregate.SmallGroup.FEWER_THAN_K);
            return Figure.computed(share, step, Step.of("level.application.fewManagers", "managers", managers, "k", k));
        }
        return Figure.computed(share, step);
    }

    private static <T> int count(List<T> items, Predicate<T> which) {
        return (int) items.stream().filter(which).count();
    }
}
