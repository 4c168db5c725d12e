package nl.rendement.engine.isolation.estimate;

import static nl.rendement.engine.isolation.estimate.EstimateFixtures.based;
import static nl.rendement.engine.isolation.estimate.EstimateFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.rendement.engine.trail.Reason;
import org.junit.jupiter.api.Test;

class LowerGroupTotalTest {

    private final EstimateIsolation isolation = EstimateIsolation.withDefaults(5);

    // 1 of 1 at 100% x 100%: credible with total 10.
    private final EstimateResult participantsTen =
            isolation.isolate(set(EstimateSource.PARTICIPANT, 1, based("P", "10", 100, 100)));
    // 1 of 1 at 100% x 100%: credible with total 4.
    private final EstimateResult managersFour =
            isolation.isolate(set(EstimateSource.MANAGER, 1, based("M", "4", 100, 100)));
    // 1 of 10 = 10% < 30%: not credible, total 2.
    private final EstimateResult managersLowResponse =
            isolation.isolate(set(EstimateSource.MANAGER, 10, based("M", "2", 100, 100)));
    // 1 of 10: not credible, total 1.
    private final EstimateResult participantsLowResponse =
            isolation.isolate(set(EstimateSource.PARTICIPANT, 10, based("P", "1", 100, 100)));

    @Test
    void countsTheLowerOfTwoCredibleTotals() {
        // min(10, 4) = 4, the managers'.
        CombinedEstimate combined = isolation.lowerGroupTotal(participantsTen, managersFour);

        assertThat(combined).isInstanceOfSatisfying(CombinedEstimate.Counted.class, counted -> {
            assertThat(counted.source()).isEqualTo(EstimateSource.MANAGER);
            assertThat(counted.groupTotal().value()).isEqualByComparingTo("4");
        });
    }

    @Test
    void countsTheOnlyCredibleTotalEvenWhenTheOtherIsLower() {
        // The managers' 2 is lower than 10 but not credible, so the participants' 10 counts.
        CombinedEstimate combined = isolation.lowerGroupTotal(participantsTen, managersLowResponse);

        assertThat(combined).isInstanceOfSatisfying(CombinedEstimate.Counted.class, counted -> {
            assertThat(counted.source()).isEqualTo(EstimateSource.PARTICIPANT);
            assertThat(counted.groupTotal().value()).isEqualByComparingTo("10");
            assertThat(counted.trail().all("estimate.lowerGroupTotal").get(0).fact("managerCredible"))
                    .contains(false);
        });
    }

    @Test
    void countsNothingWhenNeitherIsCredible() {
        CombinedEstimate combined = isolation.lowerGroupTotal(participantsLowResponse, managersLowResponse);

        assertThat(combined).isInstanceOfSatisfying(CombinedEstimate.NotCredible.class, none -> {
            assertThat(none.reasons())
                    .extracting(Reason::code)
                    .containsExactly(
                            "estimate.notCredible.noCredibleGroupTotal",
                            "estimate.notCredible.lowResponseRate",
                            "estimate.notCredible.lowResponseRate");
            assertThat(none.trail().has("estimate.lowerGroupTotal")).isTrue();
        });
    }

    @Test
    void namesTheParticipantsOnATie() {
        EstimateResult managersTen = isolation.isolate(set(EstimateSource.MANAGER, 1, based("M", "10", 100, 100)));

        CombinedEstimate combined = isolation.lowerGroupTotal(participantsTen, managersTen);

        assertThat(combined)
                .isInstanceOfSatisfying(
                        CombinedEstimate.Counted.class,
                        counted -> assertThat(counted.source()).isEqualTo(EstimateSource.PARTICIPANT));
    }

    @Test
    void rejectsSourcesSwapped() {
        assertThatThrownBy(() -> isolation.lowerGroupTotal(managersFour, participantsTen))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
