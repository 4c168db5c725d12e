package nl.rendement.engine.levels;

import static nl.rendement.engine.levels.EfficiencyTest.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.rendement.engine.levels.ItemReaction.Target;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate.SmallGroup;
import org.junit.jupiter.api.Test;

class ReactionTest {

    private static final List<Integer> RELEVANCE = List.of(5, 4, 4, 3, 5, 4, 2, 5, 4, 4);
    private static final List<Integer> IMPORTANCE = List.of(3, 4, 3, 4, 3, 4, 3, 4, 3, 4);

    private final Reaction reaction = Reaction.withDefaults();

    private ReactionResult evaluate(List<RatingItem> items, List<Integer> recommend, List<String> comments) {
        return reaction.evaluate(new ReactionSurvey(items, recommend, comments));
    }

    @Test
    void npsOfThreePromotersAndTwoDetractorsInTenIsPlusTen() {
        // METHOD §1 / Reichheld 2003, by hand: promoters 10, 9, 9 = 30%; detractors 6, 0 = 20%;
        // 30 - 20 = +10.
        ReactionResult result = evaluate(List.of(), List.of(10, 9, 9, 8, 8, 7, 7, 7, 6, 0), List.of());

        assertThat(result.netPromoterScore().result().orElseThrow().value()).isEqualTo(10.0);
        assertThat(result.netPromoterScore().result().orElseThrow().n()).isEqualTo(10);
        assertThat(result.promoters().result().orElseThrow().value()).isEqualTo(30.0);
        assertThat(result.detractors().result().orElseThrow().value()).isEqualTo(20.0);
        assertThat(result.detractors().result().orElseThrow().mark()).isEqualTo(SmallGroup.FEWER_THAN_K);
        assertThat(result.netPromoterScore().trail().all("level.nps").get(0).fact("passives"))
                .contains(5);
    }

    @Test
    void npsRunsFromMinusToPlusHundredAndComesFromTheRecommendQuestionOnly() {
        RatingItem recommendOnFiveScale = RatingItem.of("would recommend", List.of(5, 5, 5, 5, 5));

        assertThat(evaluate(List.of(recommendOnFiveScale), List.of(0, 3, 6, 6, 1), List.of())
                        .netPromoterScore()
                        .result()
                        .orElseThrow()
                        .value())
                .isEqualTo(-100.0);
        assertThat(evaluate(List.of(), List.of(9, 10, 10, 9, 9), List.of())
                        .netPromoterScore()
                        .result()
                        .orElseThrow()
                        .value())
                .isEqualTo(100.0);
    }

    @Test
    void comparesItemMeansWithTheirTargets() {
        ReactionResult result = evaluate(
                List.of(
                        RatingItem.of("relevance", RELEVANCE, 4.0),
                        RatingItem.of("importance", IMPORTANCE, 4.0),
                        RatingItem.of("intent to use", IMPORTANCE)),
                List.of(),
                List.of());
        // By hand: relevance 40 / 10 = 4.0, which meets 4.0; importance 35 / 10 = 3.5, which does not.
        ItemReaction relevance = result.items().get(0);
        ItemReaction importance = result.items().get(1);

        assertThat(relevance.mean().result().orElseThrow().value()).isEqualTo(4.0);
        assertThat(relevance.status()).isEqualTo(Target.MET);
        assertThat(importance.mean().result().orElseThrow().value()).isEqualTo(3.5);
        assertThat(importance.status()).isEqualTo(Target.NOT_MET);
        assertThat(importance.mean().trail().all("level.reaction.target").get(0).fact("met"))
                .contains(false);
        assertThat(result.items().get(2).status()).isEqualTo(Target.NONE);
    }

    @Test
    void meetsATargetEqualToTheMeanExactly() {
        // By hand: 4 x 7 + 3 x 3 = 37; 37 / 10 = 3.7 = the target.
        RatingItem item = RatingItem.of("relevance", List.of(4, 4, 4, 4, 4, 4, 4, 3, 3, 3), 3.7);

        assertThat(evaluate(List.of(item), List.of(), List.of()).items().get(0).status())
                .isEqualTo(Target.MET);
    }

    @Test
    void distributesAnswersOneToFiveAsPartsOfTheItemsN() {
        ItemReaction relevance = evaluate(List.of(RatingItem.of("relevance", RELEVANCE, 4.0)), List.of(), List.of())
                .items()
                .get(0);
        // By hand: answers 1: 0, 2: 1, 3: 1, 4: 5, 5: 3 of 10 = 0, 10, 10, 50, 30%.
        assertThat(relevance.distribution()).extracting(Part::label).containsExactly("1", "2", "3", "4", "5");
        assertThat(relevance.distribution()).extracting(Part::count).containsExactly(0, 1, 1, 5, 3);
        assertThat(relevance.distribution()).extracting(Part::percent).containsExactly(0.0, 10.0, 10.0, 50.0, 30.0);
        assertThat(relevance.distribution())
                .extracting(part -> part.share().aggregate().mark())
                .containsExactly(
                        SmallGroup.NONE,
                        SmallGroup.FEWER_THAN_K,
                        SmallGroup.FEWER_THAN_K,
                        SmallGroup.NONE,
                        SmallGroup.FEWER_THAN_K);
        assertThat(relevance.distribution().get(3).share().aggregate().ofTotal())
                .contains(10);
    }

    @Test
    void sharesOfFiveAnswersAreMarkedWhereOneToFourPeopleGaveThem() {
        ItemReaction item = evaluate(List.of(RatingItem.of("relevance", List.of(1, 2, 2, 5, 5))), List.of(), List.of())
                .items()
                .get(0);
        // By hand: answers 1: 1, 2: 2, 3: 0, 4: 0, 5: 2 of 5 = 20, 40, 0, 0, 40%. With k = 5 the mean rests
        // on 5 people; a share of 1 or 2 of them rests on fewer than k, a share of nobody on nobody.
        assertThat(item.mean().result().orElseThrow().mark()).isEqualTo(SmallGroup.NONE);
        assertThat(item.distribution()).extracting(Part::count).containsExactly(1, 2, 0, 0, 2);
        assertThat(item.distribution()).extracting(Part::percent).containsExactly(20.0, 40.0, 0.0, 0.0, 40.0);
        assertThat(item.distribution())
                .extracting(part -> part.share().aggregate().mark())
                .containsExactly(
                        SmallGroup.FEWER_THAN_K,
                        SmallGroup.FEWER_THAN_K,
                        SmallGroup.NONE,
                        SmallGroup.NONE,
                        SmallGroup.FEWER_THAN_K);
        Step five = item.distribution()
                .get(4)
                .share()
                .trail()
                .all("level.reaction.answer")
                .get(0);
        assertThat(five.fact("label")).contains("5");
        assertThat(five.fact("count")).contains(2);
        assertThat(five.fact("total")).contains(5);
    }

    @Test
    void theDistributionOfAnItemAnsweredByFewerThanKIsMarkedWhollyAsItsMeanIs() {
        ItemReaction item = evaluate(List.of(RatingItem.of("relevance", List.of(4, 4, 5))), List.of(), List.of())
                .items()
                .get(0);
        // By hand: 3 answers, k = 5: answers 4: 2 and 5: 1 of 3 = 66.67% and 33.33%; every share, a share
        // of nobody too (0 of 3 leaves 3, fewer than k), reveals the answers of fewer than k people.
        assertThat(item.mean().result().orElseThrow().mark()).isEqualTo(SmallGroup.FEWER_THAN_K);
        assertThat(item.distribution()).extracting(Part::count).containsExactly(0, 0, 0, 2, 1);
        assertThat(item.distribution()).extracting(Part::percent).containsExactly(0.0, 0.0, 0.0, 200.0 / 3, 100.0 / 3);
        assertThat(item.distribution())
                .allSatisfy(
                        part -> assertThat(part.share().aggregate().marked()).isTrue());
        assertThat(Reaction.withDefaults()
                        .withK(3)
                        .evaluate(new ReactionSurvey(
                                List.of(RatingItem.of("relevance", List.of(4, 4, 5))), List.of(), List.of()))
                        .items()
                        .get(0)
                        .distribution())
                .extracting(part -> part.share().aggregate().marked())
                .containsExactly(false, false, false, true, true);
    }

    @Test
    void keepsCommentsVerbatimButNotInTheRespondentsOrder() {
        ReactionResult result =
                evaluate(List.of(), List.of(), List.of("Too long, but useful.", " ", "", "Great trainer!"));

        assertThat(result.comments().value()).containsExactly("Great trainer!", "Too long, but useful.");
        assertThat(result.comments().n()).isEqualTo(2);
        assertThat(result.comments().marked()).isTrue();
    }

    @Test
    void withoutResponsesTheFiguresSayWhy() {
        ReactionResult result = evaluate(List.of(RatingItem.of("relevance", List.of(), 4.0)), List.of(), List.of());
        ItemReaction relevance = result.items().get(0);

        assertThat(codes(relevance.mean())).containsExactly("level.reaction.noAnswers");
        assertThat(relevance.status()).isEqualTo(Target.UNKNOWN);
        assertThat(relevance.distribution()).isEmpty();
        assertThat(codes(result.netPromoterScore())).containsExactly("level.nps.noAnswers");
        assertThat(codes(result.promoters())).containsExactly("level.nps.noAnswers");
        assertThat(result.comments().value()).isEmpty();
        assertThat(result.comments().marked()).isFalse();
    }

    @Test
    void rejectsAnswersOutsideTheScale() {
        assertThatThrownBy(() -> RatingItem.of("relevance", List.of(4, 6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingItem.of("relevance", List.of(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingItem.of("relevance", List.of(4), 5.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReactionSurvey(List.of(), List.of(10, 11), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReactionSurvey(List.of(), List.of(-1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
