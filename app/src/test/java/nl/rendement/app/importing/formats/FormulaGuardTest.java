package nl.rendement.app.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    private static final List<String> HOSTILE =
            List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1", "-2+3", "\t=1", "\r=1");

    @Test
    void takesTextStartingWithAFormulaCharacterForAFormula() {
        HOSTILE.forEach(
                text -> assertThat(FormulaGuard.startsFormula(text)).as(text).isTrue());
        for (String harmless : List.of("", "Sales basics", "004512", "a=b", " =1", "'=1")) {
            assertThat(FormulaGuard.startsFormula(harmless)).as(harmless).isFalse();
        }
    }

    @Test
    void putsAnApostropheInFrontOfFormulasOnlyAndTakesItOffAgain() {
        for (String text : HOSTILE) {
            assertThat(FormulaGuard.defused(text)).isEqualTo("'" + text);
            assertThat(FormulaGuard.restored(FormulaGuard.defused(text))).isEqualTo(text);
        }
        assertThat(FormulaGuard.defused("Trainer, two days")).isEqualTo("Trainer, two days");
    }

    @Test
    void keepsAnApostropheThatDefusesNothing() {
        assertThat(FormulaGuard.restored("'t Hooft")).isEqualTo("'t Hooft");
        assertThat(FormulaGuard.restored("'")).isEqualTo("'");
        assertThat(FormulaGuard.restored("=1")).isEqualTo("=1");
    }
}
