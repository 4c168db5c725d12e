package nl.rendement.engine.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final Candidate control = Candidate.credible(IsolationMethod.GIVEN_CONTROL_GROUP, euros("300000"));
    private final Candidate participants = Candidate.credible(IsolationMethod.PARTICIPANT_ESTIMATE, euros("200000"));
    private final Candidate outside = Candidate.credible(IsolationMethod.ISOLATED_OUTSIDE, euros("150000"));
    private final Candidate managers = Candidate.notCredible(
            IsolationMethod.MANAGER_ESTIMATE,
            Optional.of(euros("100000")),
            List.of(Reason.of("estimate.notCredible.responseRate")));

    @Test
    void takesTheLowestCredibleBenefitAndShowsTheOthersBesideIt() {
        MeasureBenefit benefit = new Headlines(HeadlineRule.LOWEST_OF_ALL_CREDIBLE)
                .choose("sales", List.of(control, participants, outside, managers), EUR);

        assertThat(benefit.headline()).contains(outside);
        assertThat(benefit.annualBenefit().value()).isEqualTo(Money.of("150000", "EUR"));
        assertThat(benefit.alternatives()).containsExactly(control, participants, managers);
        assertThat(benefit.annualBenefit()
                        .trail()
                        .all("isolation.headline")
                        .get(0)
                        .fact("rule"))
                .contains("LOWEST_OF_ALL_CREDIBLE");
    }

    @Test
    void canTakeTheLowestWithinTheMostCredibleTierInstead() {
        MeasureBenefit benefit = new Headlines(HeadlineRule.LOWEST_IN_MOST_CREDIBLE_TIER)
                .choose("sales", List.of(participants, outside, control), EUR);

        assertThat(benefit.headline()).contains(control);
    }

    @Test
    void fallsToTheNextLowestCredibleWhenTheLowestIsNotCredible() {
        MeasureBenefit benefit = new Headlines(HeadlineRule.LOWEST_OF_ALL_CREDIBLE)
                .choose("sales", List.of(managers, participants), EUR);

        assertThat(benefit.headline()).contains(participants);
    }

    @Test
    void addsNothingWithReasonsWhenNoCandidateIsCredible() {
        MeasureBenefit none =
                new Headlines(HeadlineRule.LOWEST_OF_ALL_CREDIBLE).choose("sales", List.of(managers), EUR);
        MeasureBenefit nothing = new Headlines(HeadlineRule.LOWEST_OF_ALL_CREDIBLE).choose("sales", List.of(), EUR);

        assertThat(none.credible()).isFalse();
        assertThat(none.annualBenefit().value()).isEqualTo(Money.zero(EUR));
        assertThat(none.reasons())
                .extracting(Reason::code)
                .containsExactly("isolation.noCredible", "estimate.notCredible.responseRate");
        assertThat(nothing.reasons()).extracting(Reason::code).containsExactly("isolation.none");
    }

    @Test
    void choosesTheSameWhateverTheOrderOfTheCandidates() {
        List<Candidate> candidates = new ArrayList<>(List.of(
                control,
                participants,
                outside,
                managers,
                Candidate.credible(IsolationMethod.EXPERT_ESTIMATE, euros("150000"))));
        Random random = new Random(11);
        for (HeadlineRule rule : HeadlineRule.values()) {
            MeasureBenefit first = new Headlines(rule).choose("sales", candidates, EUR);
            for (int shuffle = 0; shuffle < 50; shuffle++) {
                Collections.shuffle(candidates, random);
                MeasureBenefit again = new Headlines(rule).choose("sales", candidates, EUR);
                assertThat(again.headline()).isEqualTo(first.headline());
                assertThat(again.alternatives()).isEqualTo(first.alternatives());
            }
        }
        // The tie at 150,000 goes to the more credible tier: the expert estimate (tier 3) over outside (tier 4).
        assertThat(new Headlines(HeadlineRule.LOWEST_OF_ALL_CREDIBLE)
                        .choose("sales", candidates, EUR)
                        .headline()
                        .orElseThrow()
                        .method())
                .isEqualTo(IsolationMethod.EXPERT_ESTIMATE);
    }

    private static Traced<Money> euros(String amount) {
        return Traced.of(Money.of(amount, "EUR"), Step.of("test.given"));
    }
}
