package nl.rendement.app.evaluation.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartPaletteTest {

    @Test
    void keepsEveryTwoColoursDrawnTogetherApartInGreyscale() {
        ChartPalette.together().forEach((chart, colours) -> {
            for (int i = 0; i < colours.size(); i++) {
                for (int j = i + 1; j < colours.size(); j++) {
                    double difference =
                            Math.abs(ChartPalette.luminance(colours.get(i)) - ChartPalette.luminance(colours.get(j)));
                    assertThat(difference)
                            .as("%s: %s against %s", chart, colours.get(i), colours.get(j))
                            .isGreaterThanOrEqualTo(0.20);
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void spreadsAShorterRatingScaleOverTheWholeRamp(int answers) {
        List<Color> colours = ChartPalette.answers(answers);

        assertThat(colours).hasSize(answers).doesNotHaveDuplicates();
        assertThat(colours.get(0)).isEqualTo(ChartPalette.ANSWERS.get(0));
        assertThat(colours.get(answers - 1)).isEqualTo(ChartPalette.ANSWERS.get(4));
    }

    @Test
    void measuresLuminanceAsWcagDefinesIt() {
        assertThat(ChartPalette.luminance(Color.WHITE)).isEqualTo(1.0);
        assertThat(ChartPalette.luminance(Color.BLACK)).isEqualTo(0.0);
        // #777777: 119/255 = 0.4667, ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845 (WCAG 2.1, relative luminance)
        assertThat(ChartPalette.luminance(new Color(0x777777)))
                .isCloseTo(0.1845, org.assertj.core.data.Offset.offset(0.0005));
    }

    @Test
    void writesOnDarkFillsInWhiteAndOnLightFillsInInk() {
        assertThat(ChartPalette.textOn(ChartPalette.MET)).isEqualTo(ChartPalette.PAPER);
        assertThat(ChartPalette.textOn(ChartPalette.NOT_MET)).isEqualTo(ChartPalette.INK);
    }
}
