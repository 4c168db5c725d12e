package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.value.Aggregate;

/**
 * One cohort's time to threshold. {@code people} are its participants with at least one
 * observation from their start's period on; {@code withoutData} the others (they are in no
 * figure). {@code censored} is the number who never reached the threshold, as a part of people
 * (marked when it or its complement, those who reached it, is 1 to k − 1). {@code medianMonths}
 * is the Kaplan–Meier median month of tenure (see {@link PersonTime}, {@link KaplanMeier}),
 * resting on people, possibly a half month; absent when fewer than half are known to have
 * reached it.
 */
public record CohortThreshold(
        String cohort,
        LocalDate firstStart,
        int people,
        int withoutData,
        Aggregate<Integer> censored,
        Optional<Aggregate<BigDecimal>> medianMonths,
        List<PersonTime> persons) {

    public CohortThreshold {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(firstStart, "firstStart");
        Objects.requireNonNull(censored, "censored");
        Objects.requireNonNull(medianMonths, "medianMonths");
        persons = List.copyOf(persons);
        if (persons.size() != people || withoutData < 0) {
            throw new IllegalArgumentException("A cohort's people are those with a time: " + cohort);
        }
    }

    static CohortThreshold of(String cohort, LocalDate firstStart, List<PersonTime> persons, int withoutData, int k) {
        int people = persons.size();
        int censored = (int) persons.stream().filter(PersonTime::censored).count();
        return new CohortThreshold(
                cohort,
                firstStart,
                people,
                withoutData,
                Aggregate.part(censored, censored, people, k),
                KaplanMeier.median(persons).map(months -> Aggregate.of(months, people, k)),
                persons);
    }

    /** Those who reached the threshold. */
    public int reached() {
        return people - censored.value();
    }
}
