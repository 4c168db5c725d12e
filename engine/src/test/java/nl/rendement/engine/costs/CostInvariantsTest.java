package nl.rendement.engine.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for every ledger, checked over 200 seeded random ledgers. */
class CostInvariantsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void totalIsTheSumOfTheCategoriesAndOfOneTimeAndRecurringCosts(long seed) {
        RandomLedgers.Case generated = new RandomLedgers(seed).next();
        CostOutcome.Costs costs = generated.costs();

        Money sum = costs.categories().values().stream()
                .map(category -> category.value())
                .reduce(Money.zero(CostFixtures.EUR), Money::plus);
        assertThat(costs.total().value()).isEqualTo(sum);
        assertThat(costs.total().value())
                .isEqualTo(costs.oneTime()
                        .plus(costs.recurringPerYear().times(generated.horizon().years())));
        assertThat(costs.net().value())
                .isEqualTo(costs.total().value().minus(costs.reimbursed().value()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void doesNotDependOnTheOrderOfLines(long seed) {
        RandomLedgers.Case generated = new RandomLedgers(seed).next();
        CostLedger ledger = generated.ledger();
        Random shuffler = new Random(-seed);
        CostLedger shuffled = new CostLedger(
                shuffle(ledger.lines(), shuffler),
                ledger.explicitlyZero(),
                shuffle(ledger.reimbursements(), shuffler),
                ledger.participantTime().map(time -> new ParticipantTime(shuffle(time.attendances(), shuffler))));

        RandomLedgers.Case reordered =
                new RandomLedgers.Case(shuffled, generated.participants(), generated.horizon(), generated.settings());

        assertThat(reordered.costs()).isEqualTo(generated.costs());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingACostLineNeverLowersTheTotal(long seed) {
        RandomLedgers ledgers = new RandomLedgers(seed);
        RandomLedgers.Case generated = ledgers.next();
        CostLedger ledger = generated.ledger();
        CostCategory category = CostCategory.values()[new Random(seed).nextInt(CostCategory.values().length)];
        Set<CostCategory> zero = EnumSet.noneOf(CostCategory.class);
        zero.addAll(ledger.explicitlyZero());
        zero.remove(category);
        List<CostLine> lines = new ArrayList<>(ledger.lines());
        lines.add(ledgers.line("extra", category, generated.participants()));
        RandomLedgers.Case more = new RandomLedgers.Case(
                new CostLedger(lines, zero, ledger.reimbursements(), ledger.participantTime()),
                generated.participants(),
                generated.horizon(),
                generated.settings());

        assertThat(more.costs().total().value().amount())
                .isGreaterThanOrEqualTo(generated.costs().total().value().amount());
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> shuffled = new ArrayList<>(list);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }
}
