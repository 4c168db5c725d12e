package nl.rendement.app.evaluation.steps;

import nl.rendement.app.evaluation.trail.TrailTexts;
import nl.rendement.app.system.Languages;
import nl.rendement.app.system.TestFormats;

/** The step pages' texts as the application builds them, outside Spring, for view tests. */
final class TestReasonText {

    private TestReasonText() {}

    static ReasonText create() {
        return new ReasonText(
                Languages.messages(),
                new TrailTexts(Languages.messages(), TestFormats.amsterdam()),
                TestFormats.amsterdam());
    }
}
