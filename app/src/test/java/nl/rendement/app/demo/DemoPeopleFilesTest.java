package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The people files of the full demo, replayed the way the HR snapshot importer applies them (a
 * newcomer's values from their hire date on, a known person's changed values from the snapshot
 * date on, corrected in place when a period starts that day), give back every generated period
 * and exit. {@code DemoLoadContract} checks the same against the real importers for the small demo.
 */
class DemoPeopleFilesTest {

    private static final DemoOrganisation FULL = DemoGeneratorTest.FULL;

    @Test
    void snapshotsInDateOrderTellEveryGeneratedPeriod() {
        Map<String, List<List<String>>> replayed = new HashMap<>();
        List<LocalDate> days = new ArrayList<>();
        for (DemoFile file : DemoPeopleFiles.of(FULL)) {
            if (file.kind().equals("hr-snapshot")) {
                List<List<String>> rows = rows(file);
                days.add(LocalDate.parse(rows.get(0).get(2)));
                rows.forEach(row -> replay(row, replayed));
            }
        }

        assertThat(days).isSorted().doesNotHaveDuplicates();
        assertThat(days.get(0)).isEqualTo(FULL.spec().firstMonth().atDay(1).minusDays(1));
        assertThat(replayed).hasSameSizeAs(FULL.people());
        for (DemoOrganisation.Person person : FULL.people()) {
            assertThat(replayed.get(person.employeeNumber()))
                    .as(person.employeeNumber())
                    .containsExactlyElementsOf(person.periods().stream()
                            .map(period -> period(period.from().toString(), period))
                            .toList());
        }
    }

    @Test
    void theLeaversFileHasEveryExit() {
        List<DemoFile> files = DemoPeopleFiles.of(FULL);
        DemoFile leavers = files.get(files.size() - 1);

        assertThat(leavers.name()).isEqualTo(DemoPeopleFiles.LEAVERS);
        assertThat(rows(leavers))
                .containsExactlyElementsOf(FULL.people().stream()
                        .filter(person -> person.exit().isPresent())
                        .map(person -> List.of(
                                person.employeeNumber(),
                                person.exit().get().lastDay().toString(),
                                DemoFile.word(person.exit().get().reason().name())))
                        .toList());
    }

    @Test
    void someoneChangesOnTheHistorysFirstDaySoTheStartIsToldTheDayBefore() {
        LocalDate first = FULL.spec().firstMonth().atDay(1);

        assertThat(FULL.people())
                .anySatisfy(person -> assertThat(person.periods())
                        .extracting(DemoOrganisation.Period::from)
                        .contains(first)
                        .anyMatch(day -> day.isBefore(first)));
    }

    /** A row applied as the importer applies it: newcomers from their hire date, changes from the snapshot date. */
    private static void replay(List<String> row, Map<String, List<List<String>>> replayed) {
        String day = row.get(2);
        List<List<String>> periods = replayed.get(row.get(0));
        if (periods == null) {
            replayed.put(row.get(0), new ArrayList<>(List.of(period(row.get(3), row))));
            return;
        }
        List<String> last = periods.get(periods.size() - 1);
        List<String> next = period(day, row);
        if (last.get(0).equals(day)) {
            periods.set(periods.size() - 1, next);
        } else if (!last.subList(1, last.size()).equals(next.subList(1, next.size()))) {
            periods.add(next);
        }
    }

    private static List<String> period(String from, List<String> row) {
        return List.of(
                from,
                row.get(4),
                row.get(5),
                row.get(6),
                plain(new BigDecimal(row.get(7))),
                plain(new BigDecimal(row.get(9))),
                plain(new BigDecimal(row.get(10))));
    }

    private static List<String> period(String from, DemoOrganisation.Period period) {
        return List.of(
                from,
                period.unitCode(),
                period.jobGroup(),
                period.managerNumber().orElse(""),
                plain(period.annualSalary()),
                plain(period.fte()),
                plain(period.contractHours()));
    }

    private static List<List<String>> rows(DemoFile file) {
        List<String> lines =
                new String(file.content(), StandardCharsets.UTF_8).lines().toList();
        return lines.subList(1, lines.size()).stream()
                .map(line -> List.of(line.split(";", -1)))
                .toList();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
