package nl.rendement.app.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.rendement.app.people.Overview.Figure;
import nl.rendement.app.people.Overview.Month;

/**
 * The headcount per monthly day, in total and per top-level unit. Each day is decided the way
 * the unit table decides it: down from the organisation through any single unit above the top
 * level, so that the newest day hides exactly what the unit table hides.
 */
final class TimelineRows {

    private final SmallGroups rule;
    private final UnitTree tree;

    TimelineRows(SmallGroups rule, UnitTree tree) {
        this.rule = rule;
        this.tree = tree;
    }

    List<String> units() {
        return tree.topLevel().stream().map(OrgUnit::name).toList();
    }

    List<Month> months(List<Tallies.MonthCount> counts) {
        return counts.stream().map(this::month).toList();
    }

    private Month month(Tallies.MonthCount count) {
        long parent = count.total();
        boolean parentShown = rule.shows(parent);
        List<OrgUnit> top = tree.roots();
        while (top.size() == 1 && !tree.children(top.get(0).id()).isEmpty()) {
            long single = count.of(top.get(0).id());
            parentShown = rule.line(new long[] {parent}, parentShown, List.of(new long[] {single}), Set.of())
                    .shows(0);
            parent = single;
            top = tree.children(top.get(0).id());
        }
        List<long[]> cells = new ArrayList<>();
        top.forEach(unit -> cells.add(new long[] {count.of(unit.id())}));
        SmallGroups.Line line = rule.line(new long[] {parent}, parentShown, cells, Set.of());
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            figures.add(line.shows(i) ? Figure.of(cells.get(i)[0]) : Figure.HIDDEN);
        }
        Figure total = rule.shows(count.total()) ? Figure.of(count.total()) : Figure.HIDDEN;
        return new Month(count.day(), total, figures);
    }
}
