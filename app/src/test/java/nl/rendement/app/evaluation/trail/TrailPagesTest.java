package nl.rendement.app.evaluation.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import nl.rendement.app.evaluation.trail.TrailPage.ShownFact;
import nl.rendement.app.evaluation.trail.TrailPage.ShownStep;
import nl.rendement.app.system.Languages;
import nl.rendement.app.system.TestFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A figure's trail read from a result document, as each reader gets it, in each language. */
class TrailPagesTest {

    private static final String RESULT = """
            {"measures": [{"id": "leavers", "name": "Verloop",
               "annualBenefit": {"value": {"amount": "12345.675", "currency": "EUR"}, "trail": [
                 {"code": "estimate.adjusted", "facts": [
                   {"name": "respondent", "type": "text", "value": "R3-0003"},
                   {"name": "improvement", "type": "decimal", "value": "9900"},
                   {"name": "attribution", "type": "percentage", "value": "60"},
                   {"name": "confidence", "type": "percentage", "value": "12.5"},
                   {"name": "adjusted", "type": "decimal", "value": "742.5000"}]},
                 {"code": "isolation.headline", "facts": [
                   {"name": "method", "type": "text", "value": "PARTICIPANT_ESTIMATE"},
                   {"name": "candidates", "type": "integer", "value": 12345}]}]}}],
             "roi": {"roiPercent": {"value": "-79.99692161531949793674103876826300", "trail": [
                 {"code": "roi.percent", "facts": [
                   {"name": "roiPercent", "type": "decimal", "value": "-79.99692161531949793674103876826300"}]}]}},
             "series": {"a/b": {"kind": "none", "trail": [
                 {"code": "series.measure", "facts": [
                   {"name": "period", "type": "code", "value": "MONTH"},
                   {"name": "k", "type": "integer", "value": 5},
                   {"name": "year", "type": "integer", "value": 2025}]},
                 {"code": "no.such.code", "facts": [
                   {"name": "pValue", "type": "number", "value": 0.000123456},
                   {"name": "unknownFact", "type": "number", "value": null},
                   {"name": "date", "type": "date", "value": "2025-03-01"},
                   {"name": "met", "type": "boolean", "value": true},
                   {"name": "levels", "type": "list", "value": [{"type": "integer", "value": 1}, {"type": "integer", "value": 3}]}]}],
               "reasons": [{"code": "series.noComparison", "facts": [{"name": "measure", "type": "text", "value": "a/b"}]}]}},
             "levels": {"reaction": {"detractors": {"kind": "computed", "value": 16.666666666666668, "n": 4,
                 "ofTotal": 24, "mark": "FEWER_THAN_K", "trail": [
                 {"code": "level.nps.part", "facts": [{"name": "count", "type": "integer", "value": 4}]}]}}}}
            """;

    private final TrailPages pages = new TrailPages(new TrailTexts(Languages.messages(), TestFormats.amsterdam()));

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void formatsTheFigureAndItsFactsByTypeInDutch() {
        TrailPage page = in("nl", "/measures/0/annualBenefit", Reader.PERSON_LEVEL);

        assertThat(page.label()).isEqualTo("Baat per jaar: Verloop");
        assertThat(page.value()).contains("\u20ac 12.345,68");
        assertThat(values(page.steps().get(0))).containsExactly("R3-0003", "9.900", "60 %", "12,5 %", "742,5");
        assertThat(values(page.steps().get(1))).containsExactly("schattingen van deelnemers", "12.345");
        assertThat(page.steps().get(1).sentence())
                .isEqualTo("Van de geloofwaardige manieren om het effect te isoleren is de voorzichtigste gekozen.");
    }

    @Test
    void formatsTheFigureAndItsFactsByTypeInEnglish() {
        TrailPage roi = in("en", "/roi/roiPercent", Reader.AGGREGATES);
        TrailPage estimate = in("en", "/measures/0/annualBenefit", Reader.PERSON_LEVEL);

        assertThat(roi.value()).contains("-80%");
        assertThat(values(roi.steps().get(0))).containsExactly("-80%");
        assertThat(estimate.value()).contains("\u20ac12,345.68");
        assertThat(values(estimate.steps().get(0))).containsExactly("R3-0003", "9,900", "60%", "12.5%", "742.5");
    }

    @Test
    void withholdsPersonLevelFactsFromReadersOfAggregates() {
        TrailPage page = in("en", "/measures/0/annualBenefit", Reader.AGGREGATES);

        assertThat(page.steps().get(0).facts())
                .extracting(ShownFact::name, ShownFact::value, ShownFact::withheld)
                .startsWith(tuple("respondent", "", true), tuple("improvement", "9,900", false));
        assertThat(page.personLevelWithheld()).isTrue();
        assertThat(page.toString()).doesNotContain("R3-0003");
        assertThat(in("en", "/measures/0/annualBenefit", Reader.PERSON_LEVEL).personLevelWithheld())
                .isFalse();
    }

    @Test
    void withholdsEveryValueOfAFigureOnFewerThanKPeopleFromReadersOfAggregates() {
        TrailPage aggregates = in("en", "/levels/reaction/detractors", Reader.AGGREGATES);
        TrailPage personLevel = in("en", "/levels/reaction/detractors", Reader.PERSON_LEVEL);

        assertThat(aggregates.smallGroupWithheld()).isTrue();
        assertThat(aggregates.value()).isEmpty();
        assertThat(aggregates.steps().get(0).facts()).allMatch(ShownFact::withheld);
        assertThat(personLevel.value()).contains("16.67%");
        assertThat(values(personLevel.steps().get(0))).containsExactly("4");
    }

    @Test
    void showsStepsThenReasonsAndKeepsWhatItCannotTranslate() {
        TrailPage page = in("en", "/series/a~1b", Reader.AGGREGATES);

        assertThat(page.value()).isEmpty();
        assertThat(page.label()).isEqualTo("/series/a~1b");
        assertThat(page.steps()).extracting(ShownStep::code).containsExactly("series.measure", "no.such.code");
        assertThat(values(page.steps().get(0))).containsExactly("month", "5", "2025");
        assertThat(page.steps().get(1).sentence()).isEqualTo("no.such.code");
        assertThat(page.steps().get(1).facts())
                .extracting(ShownFact::label, ShownFact::value)
                .containsExactly(
                        tuple("p-value", "0.000123"),
                        tuple("unknownFact", "\u2013"),
                        tuple("date", "1 Mar 2025"),
                        tuple("met", "Yes"),
                        tuple("levels", "1, 3"));
        assertThat(page.reasons()).extracting(ShownStep::code).containsExactly("series.noComparison");
    }

    @Test
    void showsAReasonAsItsOneStep() {
        TrailPage page = in("en", "/series/a~1b/reasons/0", Reader.AGGREGATES);

        assertThat(page.value()).isEmpty();
        assertThat(page.steps()).extracting(ShownStep::code).containsExactly("series.noComparison");
        assertThat(page.reasons()).isEmpty();
    }

    @Test
    void findsNoFigureWhereThePointerLeadsToNoTrail() {
        for (String pointer : new String[] {"/roi", "/roi/nope", "roi/roiPercent", "", "/measures/x/annualBenefit"}) {
            assertThat(pages.of(RESULT, pointer, Reader.PERSON_LEVEL))
                    .as(pointer)
                    .isEmpty();
        }
        assertThat(pages.of(RESULT, null, Reader.PERSON_LEVEL)).isEmpty();
    }

    private TrailPage in(String language, String pointer, Reader reader) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        return pages.of(RESULT, pointer, reader).orElseThrow();
    }

    private static List<String> values(ShownStep step) {
        return step.facts().stream().map(ShownFact::value).toList();
    }
}
