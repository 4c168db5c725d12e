package nl.rendement.app.people;

import java.util.ArrayList;
import java.util.List;
import nl.rendement.app.security.ScopeChoices;
import nl.rendement.app.system.Formats;
import org.springframework.stereotype.Component;

/** The units an administrator can limit a user to: those that exist today, as a tree. */
@Component
class UnitChoices implements ScopeChoices {

    private final OrgUnits units;
    private final Formats formats;

    UnitChoices(OrgUnits units, Formats formats) {
        this.units = units;
        this.formats = formats;
    }

    @Override
    public Kind kind() {
        return Kind.UNITS;
    }

    /** Each unit followed by the units below it, depth first, siblings by name. */
    @Override
    public List<Choice> choices() {
        UnitTree tree = new UnitTree(units.asOf(formats.today()));
        List<Choice> choices = new ArrayList<>();
        tree.roots().forEach(root -> add(tree, root, 0, choices));
        return List.copyOf(choices);
    }

    private static void add(UnitTree tree, OrgUnit unit, int depth, List<Choice> choices) {
        choices.add(new Choice(unit.id(), unit.name(), depth));
        tree.children(unit.id()).forEach(child -> add(tree, child, depth + 1, choices));
    }
}
