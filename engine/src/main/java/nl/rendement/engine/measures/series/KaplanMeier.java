package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Kaplan–Meier median of times to threshold with censoring, as R's {@code survival::survfit}
 * reports it: S(t) = Π over event times t_i ≤ t of (1 − d_i / r_i), with d_i reaching the
 * threshold at t_i and r_i at risk (time ≥ t_i; someone censored at t_i is still at risk then). The
 * median is the smallest event time with S(t) &lt; 0.5; when S(t) is exactly 0.5 it is the midpoint
 * of t and the next event time (t itself when there is none). S is kept as an exact fraction. None
 * when S never falls to 0.5.
 */
final class KaplanMeier {

    private KaplanMeier() {}

    static Optional<BigDecimal> median(List<PersonTime> times) {
        TreeSet<Integer> eventTimes = new TreeSet<>();
        times.stream().filter(PersonTime::reached).forEach(time -> eventTimes.add(time.months()));
        BigInteger numerator = BigInteger.ONE;
        BigInteger denominator = BigInteger.ONE;
        for (int t : eventTimes) {
            long atRisk = times.stream().filter(time -> time.months() >= t).count();
            long reached = times.stream()
                    .filter(time -> time.reached() && time.months() == t)
                    .count();
            numerator = numerator.multiply(BigInteger.valueOf(atRisk - reached));
            denominator = denominator.multiply(BigInteger.valueOf(atRisk));
            int half = numerator.shiftLeft(1).compareTo(denominator);
            if (half < 0) {
                return Optional.of(BigDecimal.valueOf(t));
            }
            if (half == 0) {
                Integer next = eventTimes.higher(t);
                return Optional.of(
                        next == null
                                ? BigDecimal.valueOf(t)
                                : BigDecimal.valueOf(t + next, 0).divide(BigDecimal.valueOf(2)));
            }
        }
        return Optional.empty();
    }
}
