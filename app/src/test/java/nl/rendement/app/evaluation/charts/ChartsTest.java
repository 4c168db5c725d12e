package nl.rendement.app.evaluation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.rendement.app.system.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartsTest {

    private static final Map<String, Svg> ENGLISH = ChartExamples.all(Languages.ENGLISH);
    private static final Map<String, Svg> DUTCH = ChartExamples.all(Languages.DUTCH);

    static Stream<Arguments> everyChart() {
        List<Arguments> charts = new ArrayList<>();
        ENGLISH.forEach((id, svg) -> charts.add(Arguments.of(id, "en", svg)));
        DUTCH.forEach((id, svg) -> charts.add(Arguments.of(id, "nl", svg)));
        return charts.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("everyChart")
    void opensWithATitleAndADescriptionThatLabelTheImage(String id, String language, Svg svg) throws Exception {
        Element root = parse(svg).getDocumentElement();
        List<Element> children = children(root);

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
        assertThat(children.get(0).getTagName()).isEqualTo("title");
        assertThat(children.get(0).getAttribute("id")).isEqualTo(id + "-title");
        assertThat(children.get(0).getTextContent()).isNotBlank();
        assertThat(children.get(1).getTagName()).isEqualTo("desc");
        assertThat(children.get(1).getAttribute("id")).isEqualTo(id + "-desc");
        assertThat(children.get(1).getTextContent()).hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("everyChart")
    void drawsItsFiguresAsTextAndNeedsNoFontFromTheInternet(String id, String language, Svg svg) throws Exception {
        assertThat(texts(svg)).isNotEmpty();
        assertThat(svg.markup()).doesNotContain("@font-face", "http://fonts", "https://fonts", "<image");
        assertThat(parse(svg).getDocumentElement().getAttribute("viewBox"))
                .isEqualTo(id.equals("range") ? "0 0 640 220" : "0 0 640 320");
    }

    @Test
    void describesTheKeyFiguresInTheReadersLanguage() throws Exception {
        assertThat(description(ENGLISH.get("range")))
                .isEqualTo("Nine times in ten the ROI lies between -12.5% and 48.2%, with a median of 16.8%."
                        + " The headline ROI is 18.1% and the objective 10%; the chance the ROI meets it is 62%.");
        assertThat(description(DUTCH.get("range")))
                .isEqualTo("Negen van de tien keer ligt de ROI tussen -12,5\u00a0% en 48,2\u00a0%, met een mediaan van"
                        + " 16,8\u00a0%. Het hoofdcijfer is 18,1\u00a0% en de doelstelling 10\u00a0%; de kans dat de ROI"
                        + " haar haalt is 62\u00a0%.");
        assertThat(description(ENGLISH.get("waterfall")))
                .contains("Benefits a year €91,351", "Sales per FTE €72,951", "net benefit €17,751");
        assertThat(description(DUTCH.get("chain")))
                .contains(
                        "3 Toepassing, Past toe na drie maanden: 58\u00a0% bij een doelstelling van 70\u00a0%, niet gehaald");
        assertThat(description(ENGLISH.get("tornado")))
                .contains("Sales per FTE: improvement from -8.4% to 41.2%; Sales per FTE: value of one unit");
        assertThat(description(DUTCH.get("items"))).contains("Goed georganiseerd: 1 Zeer oneens 1\u00a0%");
        assertThat(description(DUTCH.get("pre-post")))
                .contains("Productkennis: 54,2 voor, 71,8 na, een winst van +17,6");
        assertThat(description(ENGLISH.get("trend")))
                .contains(
                        "Participants: 1,188.5 in the first period with a value, 1,481.0 in the last.",
                        "Cohort A (Jul 1, 2024)");
    }

    @Test
    void writesFiguresInsideDutchChartsTheDutchWay() throws Exception {
        String waterfall = String.join("|", texts(DUTCH.get("waterfall")));
        String trend = String.join("|", texts(DUTCH.get("trend")));
        String range = String.join("|", texts(DUTCH.get("range")));

        assertThat(waterfall).contains("€\u00a072.951", "€\u00a0-12.000").doesNotContain("72,951", "€72");
        assertThat(trend).contains("1.450").doesNotContain("1,450");
        assertThat(range).contains("mediaan 16,8\u00a0%", "p5 -12,5\u00a0%").doesNotContain("16.8", "12.5%");
        assertThat(String.join("|", texts(ENGLISH.get("range"))))
                .contains("median 16.8%")
                .doesNotContain("16,8");
        assertThat(String.join("|", texts(ENGLISH.get("trend"))))
                .contains("1,450")
                .doesNotContain("1.450");
    }

    @Test
    void drawsTheSameChartAsTheSameBytes() {
        assertThat(ChartExamples.all(Languages.DUTCH)).isEqualTo(DUTCH);
        assertThat(ChartExamples.all(Languages.ENGLISH)).isEqualTo(ENGLISH);
        assertThat(ENGLISH.get("trend").markup()).contains("id='trend-clip-0'");
    }

    @Test
    void keepsTheTrendSeriesApartByDashAndMarkerToo() throws Exception {
        Document trend = parse(ENGLISH.get("trend"));
        String participants = "stroke-width:2.0;stroke:rgb(27,79,114)";
        String comparison = "stroke-width:2.0;stroke:rgb(230,159,0)";

        assertThat(styles(trend, "g", participants))
                .isNotEmpty()
                .noneMatch(style -> style.contains("stroke-dasharray"));
        assertThat(styles(trend, "g", comparison)).isNotEmpty().allMatch(style -> style.contains("stroke-dasharray"));
        assertThat(markers(trend, "fill:rgb(27,79,114)")).hasSizeGreaterThan(16).allMatch(path -> path.contains("C"));
        assertThat(markers(trend, "fill:rgb(230,159,0)")).hasSizeGreaterThan(16).noneMatch(path -> path.contains("C"));
    }

    /** The outlines of the shapes filled in that colour: a round marker is drawn with curves, a square one without. */
    private static List<String> markers(Document svg, String fill) {
        NodeList groups = svg.getElementsByTagName("g");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("style").startsWith(fill)) {
                children(group).stream()
                        .filter(child -> child.getTagName().equals("path"))
                        .forEach(path -> paths.add(path.getAttribute("d")));
            }
        }
        return paths;
    }

    @Test
    void putsTheWidestSwingOnTopOfTheTornado() {
        List<String> order = ChartExamples.in(Languages.ENGLISH).tornado().inputs().stream()
                .map(TornadoChart.Input::name)
                .toList();

        assertThat(order)
                .containsExactly(
                        "Sales per FTE: improvement",
                        "Sales per FTE: value of one unit",
                        "Participants' time: hourly cost",
                        "Complaints: improvement");
    }

    @Test
    void endsTheWaterfallAtBenefitsMinusCosts() throws Exception {
        assertThat(texts(ENGLISH.get("waterfall"))).contains("€17,751", "-€31,200", "€72,951");
    }

    @Test
    void refusesWhatItCannotDrawHonestly() {
        assertThatThrownBy(() ->
                        new RoiRangeChart.RoiRange(20, 10, 30, java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemDistributionChart.Distribution(
                        List.of("1", "2", "3", "4", "5", "6", "7"),
                        List.of(new ItemDistributionChart.Item("x", List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartContext.of("Not an id", Locale.ENGLISH, Languages.messages()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesEveryExampleChartForALookInBothLanguages() throws IOException {
        Path folder = Files.createDirectories(Path.of("target/charts"));
        ENGLISH.forEach((id, svg) -> write(folder.resolve(id + "-en.svg"), svg));
        DUTCH.forEach((id, svg) -> write(folder.resolve(id + "-nl.svg"), svg));

        assertThat(folder.resolve("chain-nl.svg"))
                .content()
                .isEqualTo(DUTCH.get("chain").markup());
    }

    private static void write(Path file, Svg svg) {
        try {
            Files.writeString(file, svg.markup());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Document parse(Svg svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg.markup())));
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) nodes.item(i));
            }
        }
        return children;
    }

    private static String description(Svg svg) throws Exception {
        return parse(svg).getElementsByTagName("desc").item(0).getTextContent();
    }

    private static List<String> texts(Svg svg) throws Exception {
        NodeList texts = parse(svg).getElementsByTagName("text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            all.add(texts.item(i).getTextContent());
        }
        return all;
    }

    private static List<String> styles(Document svg, String tag, String containing) {
        NodeList elements = svg.getElementsByTagName(tag);
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            String style = ((Element) elements.item(i)).getAttribute("style");
            if (style.contains(containing)) {
                styles.add(style);
            }
        }
        return styles;
    }
}
