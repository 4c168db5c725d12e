package nl.rendement.app.people;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.rendement.app.people.Overview.Figure;
import nl.rendement.app.people.Overview.Row;

/**
 * The rows a page may show: each line of groups passes the small-group rule for its headcounts,
 * and then for its leavers (voluntary and other), where a group with a hidden headcount is hidden
 * too. FTE, tenure and salaries follow the headcount; turnover rates follow the leavers.
 */
final class OverviewRows {

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final SmallGroups rule;
    private final Tallies tallies;
    private final UnitTree tree;

    OverviewRows(SmallGroups rule, Tallies tallies, UnitTree tree) {
        this.rule = rule;
        this.tallies = tallies;
        this.tree = tree;
    }

    Row total() {
        return row("", 0, tallies.organisation(), totalShown(), totalTurnoverShown());
    }

    /** The units depth first, each line of siblings decided within its parent. */
    List<Row> units() {
        List<Row> rows = new ArrayList<>();
        addUnits(tree.roots(), tallies.organisation(), totalShown(), totalTurnoverShown(), 0, rows);
        return rows;
    }

    List<Row> jobGroups() {
        List<Map.Entry<String, Tally>> groups = List.copyOf(tallies.jobGroups().entrySet());
        List<Tally> cells = groups.stream().map(Map.Entry::getValue).toList();
        Decisions decided = decide(tallies.organisation(), totalShown(), totalTurnoverShown(), cells);
        return IntStream.range(0, groups.size())
                .mapToObj(i -> row(groups.get(i).getKey(), 0, cells.get(i), decided.shows(i), decided.turnover(i)))
                .toList();
    }

    private void addUnits(
            List<OrgUnit> units, Tally parent, boolean shown, boolean turnoverShown, int depth, List<Row> rows) {
        List<Tally> cells = units.stream().map(unit -> tallies.unit(unit.id())).toList();
        Decisions decided = decide(parent, shown, turnoverShown, cells);
        for (int i = 0; i < units.size(); i++) {
            OrgUnit unit = units.get(i);
            rows.add(row(unit.name(), depth, cells.get(i), decided.shows(i), decided.turnover(i)));
            addUnits(tree.children(unit.id()), cells.get(i), decided.shows(i), decided.turnover(i), depth + 1, rows);
        }
    }

    private Decisions decide(Tally parent, boolean shown, boolean turnoverShown, List<Tally> cells) {
        SmallGroups.Line headcounts = rule.line(
                new long[] {parent.headcount()}, shown, counts(cells, t -> new long[] {t.headcount()}), Set.of());
        Set<Integer> hidden = IntStream.range(0, cells.size())
                .filter(i -> !headcounts.shows(i))
                .boxed()
                .collect(Collectors.toSet());
        SmallGroups.Line leavers =
                rule.line(leavers(parent), turnoverShown, counts(cells, OverviewRows::leavers), hidden);
        return new Decisions(headcounts, leavers);
    }

    private boolean totalShown() {
        return rule.shows(tallies.organisation().headcount());
    }

    private boolean totalTurnoverShown() {
        return totalShown() && Arrays.stream(leavers(tallies.organisation())).allMatch(rule::shows);
    }

    private Row row(String label, int depth, Tally tally, boolean shown, boolean turnoverShown) {
        long people = tally.headcount();
        List<BigDecimal> salaries = tally.salaries();
        boolean salariesShown = shown && rule.shows(salaries.size());
        Optional<SalaryQuartiles> quartiles = salariesShown && !salaries.isEmpty()
                ? Optional.of(SalaryQuartiles.of(salaries).roundedTo(THOUSAND))
                : Optional.empty();
        BigDecimal averageHeadcount = BigDecimal.valueOf(tally.monthlyHeadcounts())
                .divide(BigDecimal.valueOf(Tallies.YEAR + 1), MathContext.DECIMAL64);
        return new Row(
                label,
                depth,
                shown ? Figure.of(people) : Figure.HIDDEN,
                shown ? Figure.of(tally.fte()) : Figure.HIDDEN,
                figure(
                        shown,
                        people,
                        () -> new BigDecimal(tally.tenureDays())
                                .divide(DAYS_PER_YEAR.multiply(BigDecimal.valueOf(people)), MathContext.DECIMAL64)),
                figure(
                        salariesShown,
                        salaries.size(),
                        () -> quartiles.orElseThrow().lower()),
                figure(
                        salariesShown,
                        salaries.size(),
                        () -> quartiles.orElseThrow().median()),
                figure(
                        salariesShown,
                        salaries.size(),
                        () -> quartiles.orElseThrow().upper()),
                figure(turnoverShown, averageHeadcount.signum(), () -> percent(tally.leavers(), averageHeadcount)),
                figure(
                        turnoverShown,
                        averageHeadcount.signum(),
                        () -> percent(tally.voluntaryLeavers(), averageHeadcount)));
    }

    /** Hidden, not applicable when it rests on nobody, or the value. */
    private static Figure figure(boolean shown, long restsOn, Supplier<BigDecimal> value) {
        if (!shown) {
            return Figure.HIDDEN;
        }
        return restsOn == 0 ? Figure.NONE : Figure.of(value.get());
    }

    private static BigDecimal percent(long leavers, BigDecimal averageHeadcount) {
        return BigDecimal.valueOf(leavers).multiply(HUNDRED).divide(averageHeadcount, MathContext.DECIMAL64);
    }

    private static long[] leavers(Tally tally) {
        return new long[] {tally.voluntaryLeavers(), tally.otherLeavers()};
    }

    private static List<long[]> counts(List<Tally> cells, Function<Tally, long[]> measures) {
        return cells.stream().map(measures).toList();
    }

    private record Decisions(SmallGroups.Line headcounts, SmallGroups.Line leavers) {

        boolean shows(int cell) {
            return headcounts.shows(cell);
        }

        boolean turnover(int cell) {
            return leavers.shows(cell);
        }
    }
}
