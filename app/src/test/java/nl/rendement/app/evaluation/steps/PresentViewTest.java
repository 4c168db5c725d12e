package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.charts.ChainOfEvidenceChart.Status;
import nl.rendement.app.plan.PlanFixture;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.system.Languages;
import nl.rendement.app.system.TestFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class PresentViewTest {

    /**
     * A hand-written result: two rating items (the second fell short of its target and rests on
     * fewer than k people), no level 0, 2 or 3, a measure and an ROI of 84% that meets its objective
     * of 25%.
     */
    private static final String RESULT = """
            {"roiObjective": "25", "horizon": {"months": 12, "justification": null},
             "measures": [{"id": "productivity", "name": "Productivity", "unit": "points", "credible": true,
               "annualBenefit": {"value": {"amount": "18400", "currency": "EUR"}, "trail": []},
               "headline": {"method": "CONTROL_GROUP", "tier": 1, "credible": true,
                 "annualBenefit": {"value": {"amount": "18400", "currency": "EUR"}, "trail": []}, "reasons": []},
               "alternatives": [], "reasons": []}],
             "annualBenefits": {"value": {"amount": "18400", "currency": "EUR"}, "trail": []},
             "costs": {"kind": "costs", "reimbursed": {"value": {"amount": "0", "currency": "EUR"}, "trail": []}},
             "roi": {"kind": "figures",
               "benefits": {"value": {"amount": "18400", "currency": "EUR"}, "trail": []},
               "costs": {"value": {"amount": "10000", "currency": "EUR"}, "trail": []},
               "benefitCostRatio": {"value": "1.84", "trail": []},
               "roiPercent": {"value": "84", "trail": []},
               "paybackMonths": {"value": "6.5", "trail": []},
               "noPayback": null, "netPresentValue": null,
               "verdict": {"value": "MEETS_OBJECTIVE", "trail": []}, "notes": []},
             "roiNetOfReimbursements": null, "range": null,
             "levels": {"efficiency": null,
               "reaction": {"items": [
                   {"item": "Relevant to my work",
                    "mean": {"kind": "computed", "value": 4.4, "n": 20, "ofTotal": null, "mark": "NONE", "trail": []},
                    "distribution": [], "target": 4.0, "status": "MET"},
                   {"item": "Well organised",
                    "mean": {"kind": "computed", "value": 3.5, "n": 4, "ofTotal": null, "mark": "FEWER_THAN_K", "trail": []},
                    "distribution": [], "target": 4.0, "status": "NOT_MET"}],
                 "netPromoterScore": {"kind": "notComputable", "reasons": []},
                 "promoters": {"kind": "notComputable", "reasons": []},
                 "detractors": {"kind": "notComputable", "reasons": []}},
               "learning": [], "application": null},
             "series": {},
             "intangibles": [{"name": "Team spirit", "description": "Teams help each other", "measure": null}],
             "forecast": null, "notes": []}
            """;

    private final ReasonText reasons = TestReasonText.create();

    @BeforeEach
    void inEnglish() {
        LocaleContextHolder.setLocale(Languages.ENGLISH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private PresentView view(boolean smallGroupsShown, ProgrammeType type) {
        return PresentView.of(
                ResultDocument.of(RESULT, smallGroupsShown),
                Optional.of(PlanFixture.full()),
                type,
                TestFormats.amsterdam(),
                reasons);
    }

    @Test
    void tellsTheChainFromInputToRoiWithEachFigureLinkedToItsTrail() {
        List<PresentView.Link> chain = view(true, ProgrammeType.LEADERSHIP).chain();

        assertThat(chain).extracting(PresentView.Link::level).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(chain)
                .extracting(PresentView.Link::status)
                .containsExactly(
                        Status.NOT_MEASURED,
                        Status.NOT_MET,
                        Status.NOT_MEASURED,
                        Status.NOT_MEASURED,
                        Status.NO_OBJECTIVE,
                        Status.MET);
        PresentView.Link reaction = chain.get(1);
        assertThat(reaction.measureName()).isEqualTo("Well organised");
        assertThat(reaction.figure().value()).contains(new Shown("3.50", "/levels/reaction/items/1/mean"));
        assertThat(reaction.figure().smallGroup()).isTrue();
        assertThat(reaction.objective()).contains(new Shown("4.00", "/levels/reaction/items/1/mean"));
        assertThat(reaction.planned()).containsExactly("Deelnemers vinden het relevant (4 van 5)");
        assertThat(chain.get(4).figure().value()).contains(new Shown("€18,400.00", "/annualBenefits"));
        assertThat(chain.get(5).figure().value()).contains(new Shown("84%", "/roi/roiPercent"));
        assertThat(chain.get(5).objective()).contains(new Shown("25%", "/roi/verdict"));
    }

    @Test
    void hidesTheItemThatFellShortFromAReaderOfNoSmallGroupsRatherThanShowAnotherThatMet() {
        PresentView.Link reaction =
                view(false, ProgrammeType.LEADERSHIP).chain().get(1);

        assertThat(reaction.status()).isEqualTo(Status.WITHHELD);
        assertThat(reaction.figure().withheld()).isTrue();
        assertThat(reaction.figure().value()).isEmpty();
        assertThat(reaction.objective()).isEmpty();
    }

    @Test
    void tiesTheStoryToThePlansPrioritiesAndNamesTheMeasureASponsorsExpectationIsTiedTo() {
        PresentView view = view(false, ProgrammeType.LEADERSHIP);

        assertThat(view.goals()).extracting(goal -> goal.priority()).containsExactly("Strategie 2027: eigenaarschap");
        assertThat(view.expectations())
                .containsExactly(new PresentView.Expectation(
                        "Directeur HR", "Minder verzuim in teams", Optional.of("Productivity")));
        assertThat(view.intangibles())
                .containsExactly(new PresentView.Intangible("Team spirit", "Teams help each other"));
    }

    @Test
    void quotesOnlyTheArticlesClaimsAboutTheProgrammesTypeWithTheirYear() {
        assertThat(view(false, ProgrammeType.LEADERSHIP).quotes())
                .singleElement()
                .satisfies(quote -> {
                    assertThat(quote.key()).isEqualTo("leavers");
                    assertThat(quote.citedYear()).contains(2023);
                });
        assertThat(view(false, ProgrammeType.ONBOARDING).quotes()).isEmpty();
        assertThat(view(false, ProgrammeType.DIGITAL_LEARNING).quotes())
                .extracting(ArticleQuote::key)
                .containsExactly("onlineTime", "onlineReturn");
    }

    @Test
    void everyQuoteHasItsWordsAndItsSourceInBothLanguages() {
        for (ArticleQuote quote : ArticleQuote.all()) {
            for (var locale : List.of(Languages.ENGLISH, Languages.DUTCH)) {
                LocaleContextHolder.setLocale(locale);
                assertThat(reasons.message(quote.textKey())).as(quote.key()).startsWith("\u201c");
                assertThat(reasons.message(quote.sourceKey())).as(quote.key()).isNotBlank();
            }
        }
    }
}
