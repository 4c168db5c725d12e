package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo's cost ledger has what the evaluation needs to show fully loaded costs: every category
 * for every programme, delivery and travel per cohort, one line in a second currency, a prorated
 * line per programme, a reimbursement, VAT beside supplier invoices, and overhead as 8% of the
 * direct costs.
 */
class DemoCostLedgerTest {

    static final DemoOrganisation FULL = DemoGeneratorTest.FULL;

    static final Set<String> CATEGORIES = Set.of(
            "needs_assessment",
            "design_and_development",
            "acquisition",
            "delivery",
            "participant_time",
            "capital",
            "overhead",
            "evaluation_and_reporting");

    @Test
    void everyProgrammeHasEveryCategoryAndEveryCohortItsDelivery() {
        List<NamedCsvRecord> lines = lines();
        Map<String, Set<String>> categories = lines.stream()
                .collect(Collectors.groupingBy(
                        line -> line.getField("programme"),
                        Collectors.mapping(line -> line.getField("category"), Collectors.toSet())));

        assertThat(categories.keySet())
                .containsExactlyInAnyOrderElementsOf(FULL.programmes().stream()
                        .map(DemoOrganisation.Programme::name)
                        .toList());
        categories.forEach((programme, found) -> assertThat(found).as(programme).containsAll(CATEGORIES));
        for (DemoOrganisation.Programme programme : FULL.programmes()) {
            assertThat(lines.stream()
                            .filter(line -> line.getField("programme").equals(programme.name())
                                    && line.getField("category").equals("delivery")))
                    .as(programme.name())
                    .hasSize(programme.cohorts().size());
        }
    }

    @Test
    void oneLineIsInDollarsAndOneProgrammeIsReimbursed() {
        List<NamedCsvRecord> lines = lines();

        assertThat(lines.stream().filter(line -> line.getField("currency").equals("USD")))
                .singleElement()
                .satisfies(line -> assertThat(line.getField("category")).isEqualTo("acquisition"));
        assertThat(lines.stream().filter(line -> !line.getField("currency").isEmpty()))
                .hasSize(1);
        assertThat(lines.stream().filter(line -> line.getField("category").equals("reimbursement")))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.getField("description")).contains("training fund");
                    assertThat(line.getField("expected participants")).isEmpty();
                });
        assertThat(lines.stream()
                        .filter(line -> !line.getField("expected participants").isEmpty()))
                .hasSize(FULL.programmes().size())
                .allSatisfy(line -> assertThat(line.getField("category")).isEqualTo("design_and_development"));
    }

    @Test
    void overheadIsEightPercentOfTheDirectCostsInEuros() {
        Map<String, List<NamedCsvRecord>> byProgramme =
                lines().stream().collect(Collectors.groupingBy(line -> line.getField("programme")));

        byProgramme.forEach((programme, lines) -> {
            BigDecimal direct = lines.stream()
                    .filter(line -> line.getField("currency").isEmpty())
                    .filter(line -> !Set.of("capital", "overhead", "evaluation_and_reporting", "reimbursement")
                            .contains(line.getField("category")))
                    .map(line -> new BigDecimal(line.getField("amount")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal overhead = lines.stream()
                    .filter(line -> line.getField("category").equals("overhead"))
                    .map(line -> new BigDecimal(line.getField("amount")))
                    .findFirst()
                    .orElseThrow();
            assertThat(overhead)
                    .as(programme)
                    .isEqualByComparingTo(
                            direct.multiply(new BigDecimal("0.08")).setScale(2, java.math.RoundingMode.HALF_UP));
        });
    }

    private static List<NamedCsvRecord> lines() {
        String text = new String(DemoCostLedger.csv(FULL), StandardCharsets.UTF_8);
        return CsvReader.builder().fieldSeparator(';').ofNamedCsvRecord(text).stream()
                .toList();
    }
}
