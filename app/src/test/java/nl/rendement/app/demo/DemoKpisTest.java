package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.people.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The demo's KPI files hold what the import formats and the KPIs' definitions require: every
 * defined KPI has observations in its own file, a period start is the first of a month within the
 * history, a person is observed only in months they worked whole, once per KPI and month, ratios
 * have a positive denominator, scores stay on their scales, and every team has its incidents every
 * month.
 */
class DemoKpisTest {

    static final DemoOrganisation FULL = DemoGeneratorTest.FULL;
    static final Map<String, byte[]> FILES = DemoKpis.observations(FULL);

    @Test
    void everyDefinedKpiHasItsOwnFileOfObservationsOfItOnly() {
        assertThat(FILES.keySet())
                .containsExactlyElementsOf(DemoKpis.DEFINITIONS.stream()
                        .map(definition -> DemoKpis.fileName(definition.code()))
                        .toList());
        DemoKpis.DEFINITIONS.forEach(definition -> assertThat(rows(definition.code()))
                .as(definition.code())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getField("kpi")).isEqualTo(definition.code())));
    }

    @Test
    void aPersonIsObservedOnceAMonthAndOnlyInMonthsWorkedWhole() {
        Map<String, DemoOrganisation.Person> people = FULL.people().stream()
                .collect(Collectors.toMap(DemoOrganisation.Person::employeeNumber, Function.identity()));
        for (DemoKpis.Definition definition : DemoKpis.DEFINITIONS) {
            if (definition.code().equals("incidents")) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (NamedCsvRecord row : rows(definition.code())) {
                LocalDate start = LocalDate.parse(row.getField("period start"));
                assertThat(start.getDayOfMonth()).isEqualTo(1);
                assertThat(YearMonth.from(start))
                        .isBetween(FULL.spec().firstMonth(), FULL.spec().lastMonth());
                assertThat(row.getField("team")).isEmpty();
                DemoOrganisation.Person person = people.get(row.getField("employee number"));
                assertThat(DemoKpis.workedWhole(person, YearMonth.from(start)))
                        .as(definition.code() + " " + row)
                        .isTrue();
                assertThat(keys.add(row.getField("employee number") + start)).isTrue();
            }
        }
    }

    @Test
    void ratiosHaveAPositiveDenominatorAndScoresStayOnTheirScales() {
        DemoKpis.DEFINITIONS.stream()
                .filter(definition -> !definition.aggregation().equals("sum"))
                .filter(definition -> !definition.aggregation().equals("time to threshold"))
                .forEach(definition -> assertThat(rows(definition.code()))
                        .as(definition.code())
                        .allSatisfy(row -> assertThat(Double.parseDouble(row.getField("weight")))
                                .isPositive()));
        assertThat(rows("digital-skills"))
                .allSatisfy(row ->
                        assertThat(Double.parseDouble(row.getField("value"))).isBetween(0.0, 100.0));
        assertThat(rows("csat"))
                .allSatisfy(row ->
                        assertThat(Double.parseDouble(row.getField("value"))).isBetween(1.0, 10.0));
        assertThat(rows("conversion"))
                .allSatisfy(row -> assertThat(Double.parseDouble(row.getField("value")))
                        .isBetween(0.0, Double.parseDouble(row.getField("weight"))));
        assertThat(rows("absence"))
                .allSatisfy(row -> assertThat(Double.parseDouble(row.getField("value")))
                        .isBetween(0.0, Double.parseDouble(row.getField("weight"))));
    }

    @Test
    void everyTeamHasItsIncidentsEveryMonth() {
        long teams = FULL.units().stream()
                .filter(unit -> unit.kind() == UnitKind.TEAM)
                .count();
        List<NamedCsvRecord> incidents = rows("incidents");

        assertThat(incidents).hasSize((int) teams * DemoSpec.MONTHS);
        assertThat(incidents).allSatisfy(row -> {
            assertThat(row.getField("employee number")).isEmpty();
            assertThat(Integer.parseInt(row.getField("value"))).isNotNegative();
        });
    }

    private static List<NamedCsvRecord> rows(String code) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .fieldSeparator(';')
                .ofNamedCsvRecord(new String(FILES.get(DemoKpis.fileName(code)), StandardCharsets.UTF_8))) {
            return reader.stream().toList();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
