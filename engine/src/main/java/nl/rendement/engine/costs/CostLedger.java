package nl.rendement.engine.costs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a programme's costs are made of: its cost lines, the categories recorded as
 * explicitly zero, its reimbursements and its participants' time. A category is present when a
 * line has it (or, for participant time, when attendances are given); it cannot be both present
 * and explicitly zero.
 */
public record CostLedger(
        List<CostLine> lines,
        Set<CostCategory> explicitlyZero,
        List<Reimbursement> reimbursements,
        Optional<ParticipantTime> participantTime) {

    public static final CostLedger EMPTY = new CostLedger(List.of(), Set.of(), List.of(), Optional.empty());

    public CostLedger {
        lines = List.copyOf(lines);
        explicitlyZero = Set.copyOf(explicitlyZero);
        reimbursements = List.copyOf(reimbursements);
        Objects.requireNonNull(participantTime, "participantTime");
        requireUnique(lines, CostLine::id, "cost line");
        requireUnique(reimbursements, Reimbursement::id, "reimbursement");
        Set<CostCategory> both = EnumSet.noneOf(CostCategory.class);
        both.addAll(explicitlyZero);
        both.retainAll(present(lines, participantTime));
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Categories both present and explicitly zero: " + both);
        }
    }

    public CostLedger with(CostLine line) {
        return new CostLedger(append(lines, line), explicitlyZero, reimbursements, participantTime);
    }

    public CostLedger withZero(CostCategory category) {
        Set<CostCategory> zero = EnumSet.of(category);
        zero.addAll(explicitlyZero);
        return new CostLedger(lines, zero, reimbursements, participantTime);
    }

    public CostLedger with(Reimbursement reimbursement) {
        return new CostLedger(lines, explicitlyZero, append(reimbursements, reimbursement), participantTime);
    }

    public CostLedger with(ParticipantTime time) {
        return new CostLedger(lines, explicitlyZero, reimbursements, Optional.of(time));
    }

    /** The categories with costs: those of the lines, and participant time when attendances are given. */
    public Set<CostCategory> presentCategories() {
        return present(lines, participantTime);
    }

    /** Whether nothing at all was given: no line, no explicit zero, no participant time. */
    public boolean isEmpty() {
        return lines.isEmpty() && explicitlyZero.isEmpty() && participantTime.isEmpty();
    }

    private static Set<CostCategory> present(List<CostLine> lines, Optional<ParticipantTime> participantTime) {
        Set<CostCategory> present = EnumSet.noneOf(CostCategory.class);
        lines.forEach(line -> present.add(line.category()));
        participantTime.ifPresent(time -> present.add(CostCategory.PARTICIPANT_TIME));
        return present;
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }

    private static <T> void requireUnique(List<T> items, Function<T, String> id, String kind) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                throw new IllegalArgumentException("Two " + kind + "s share the id " + id.apply(item));
            }
        }
    }
}
