package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgPresentationTest {

    @Test
    void turnsEachStyleIntoPresentationAttributes() {
        String svg =
                "<svg id='a'><g style='fill: #123456; stroke-width: 2.0'><text style='font-family: \"Noto\"'>1</text></g></svg>";

        assertThat(SvgPresentation.of(svg))
                .isEqualTo(
                        "<svg id='a'><g fill=\"#123456\" stroke-width=\"2.0\"><text font-family=\"'Noto'\">1</text></g></svg>")
                .doesNotContain("style=");
    }
}
