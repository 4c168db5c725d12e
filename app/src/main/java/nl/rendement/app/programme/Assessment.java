package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's scores on a test of one skill before (pre) and after (post) a programme, out of
 * the test's maximum: level 2, learning. The person need not take part in the programme (a
 * comparison group is assessed too). At least one score; every score and the pass mark from 0 to
 * the maximum; the test after not before the test before.
 *
 * @param employeeId the employee's key; never a number, email or name
 * @param skill the skill or test, named alike in every assessment of it
 */
public record Assessment(
        long programmeId,
        long employeeId,
        String skill,
        Scores scores,
        Optional<LocalDate> preOn,
        Optional<LocalDate> postOn) {

    /** The longest skill name kept. */
    public static final int MAX_SKILL = 200;

    public Assessment {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(preOn, "preOn");
        Objects.requireNonNull(postOn, "postOn");
        if (skill == null || skill.isBlank() || skill.strip().length() > MAX_SKILL) {
            throw new IllegalArgumentException("a skill is named with 1 to " + MAX_SKILL + " characters");
        }
        skill = skill.strip();
        if (preOn.isPresent()
                && postOn.filter(post -> post.isBefore(preOn.get())).isPresent()) {
            throw new IllegalArgumentException("the test after cannot come before the test before");
        }
    }

    /**
     * The scores of one test: before, after or both, the maximum (above 0, at most {@link #MOST})
     * and the pass mark, every score within 0 and the maximum; kept to four decimals.
     */
    public record Scores(
            Optional<BigDecimal> pre, Optional<BigDecimal> post, BigDecimal maximum, Optional<BigDecimal> passMark) {

        /** The highest maximum a test can have. */
        public static final BigDecimal MOST = new BigDecimal("1000000");

        private static final int SCALE = 4;

        public Scores {
            Objects.requireNonNull(maximum, "maximum");
            if (maximum.signum() <= 0 || maximum.compareTo(MOST) > 0) {
                throw new IllegalArgumentException("a maximum lies above 0 and at most " + MOST);
            }
            maximum = kept(maximum);
            pre = within(pre, maximum, "pre");
            post = within(post, maximum, "post");
            passMark = within(passMark, maximum, "passMark");
            if (pre.isEmpty() && post.isEmpty()) {
                throw new IllegalArgumentException("an assessment has a score before, after or both");
            }
        }

        /** Whether the score lies from 0 to the maximum. */
        public static boolean fits(BigDecimal score, BigDecimal maximum) {
            return score.signum() >= 0 && score.compareTo(maximum) <= 0;
        }

        private static Optional<BigDecimal> within(Optional<BigDecimal> score, BigDecimal maximum, String name) {
            Objects.requireNonNull(score, name);
            if (score.filter(value -> !fits(value, maximum)).isPresent()) {
                throw new IllegalArgumentException(name + " lies outside 0 and the maximum");
            }
            return score.map(Scores::kept);
        }

        private static BigDecimal kept(BigDecimal value) {
            return value.setScale(SCALE, RoundingMode.HALF_EVEN);
        }
    }
}
