package nl.rendement.engine.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.rendement.engine.money.ExchangeRate;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;

/** Seeded random ledgers that cost without reasons: every category covered, every currency with a rate. */
final class RandomLedgers {

    /** USD converts directly, GBP by the inverse of a EUR to GBP rate. */
    static final ExchangeRates RATES = new ExchangeRates(List.of(
            new ExchangeRate(
                    CostFixtures.USD, CostFixtures.EUR, new BigDecimal("0.92"), LocalDate.of(2025, 6, 30), "ECB"),
            new ExchangeRate(
                    CostFixtures.EUR,
                    Currency.getInstance("GBP"),
                    new BigDecimal("0.85"),
                    LocalDate.of(2025, 6, 30),
                    "ECB")));

    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "USD", "GBP"};

    record Case(CostLedger ledger, int participants, Horizon horizon, CostSettings settings) {

        CostOutcome.Costs costs() {
            return CostFixtures.costs(FullyLoadedCosts.calculate(ledger, participants, horizon, settings, RATES));
        }
    }

    private final Random random;

    RandomLedgers(long seed) {
        this.random = new Random(seed);
    }

    Case next() {
        int participants = 1 + random.nextInt(60);
        Set<CostCategory> zero = EnumSet.noneOf(CostCategory.class);
        List<CostLine> lines = new ArrayList<>();
        Optional<ParticipantTime> time = Optional.empty();
        for (CostCategory category : CostCategory.values()) {
            int kind = random.nextInt(3);
            if (kind == 0) {
                zero.add(category);
            } else if (category == CostCategory.PARTICIPANT_TIME && kind == 1) {
                time = Optional.of(participantTime());
            } else {
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    lines.add(line(category.name() + "-" + i, category, participants));
                }
            }
        }
        List<Reimbursement> reimbursements = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            reimbursements.add(new Reimbursement("r" + i, "Fund " + i, money(2_000_000), date()));
        }
        int months = 1 + random.nextInt(36);
        Horizon horizon = months == 12 ? Horizon.ONE_YEAR : Horizon.months(months, "generated");
        CostSettings settings = new CostSettings(
                CostFixtures.EUR, Percentage.of(random.nextInt(50)), new BigDecimal("1600"), random.nextBoolean());
        return new Case(new CostLedger(lines, zero, reimbursements, time), participants, horizon, settings);
    }

    CostLine line(String id, CostCategory category, int participants) {
        Money amount = money(10_000_000);
        Money vat = random.nextBoolean() ? amount.times(new BigDecimal("0.21")) : Money.zero(amount.currency());
        if (random.nextInt(3) == 0) {
            return CostLine.yearly(id, category, id, amount, vat, date());
        }
        CostLine line = CostLine.oneTime(id, category, id, amount, vat, date());
        return random.nextBoolean() ? line.proratedOver(participants + random.nextInt(100)) : line;
    }

    private ParticipantTime participantTime() {
        List<Attendance> attendances = new ArrayList<>();
        for (int i = 1 + random.nextInt(10); i > 0; i--) {
            BigDecimal hours = BigDecimal.valueOf(1 + random.nextInt(400), 1);
            attendances.add(new Attendance("p" + i, hours, money(12_000_000)));
        }
        return new ParticipantTime(attendances);
    }

    /** Up to {@code cents} cents in a random currency. */
    private Money money(int cents) {
        return Money.of(
                BigDecimal.valueOf(random.nextInt(cents), 2),
                Currency.getInstance(CURRENCIES[random.nextInt(CURRENCIES.length)]));
    }

    private LocalDate date() {
        return LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
    }
}
