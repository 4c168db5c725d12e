package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksAnAccountAfterFiveFailuresFromAnyAddress() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.failed("anna", "10.0.0." + failure);
        }
        assertThat(throttle.blocked("anna", "10.0.0.9")).isFalse();

        throttle.failed("anna", "10.0.0.5");

        assertThat(throttle.blocked("anna", "10.0.0.9")).isTrue();
        assertThat(throttle.blocked("bram", "10.0.0.9")).isFalse();
    }

    @Test
    void unblocksWhenTheOldestFailureLeavesTheWindow() {
        throttle.failed("anna", "10.0.0.1");
        clock.advance(Duration.ofMinutes(5));
        for (int failure = 2; failure <= 5; failure++) {
            throttle.failed("anna", "10.0.0.1");
        }

        clock.advance(LoginThrottle.WINDOW.minusMinutes(5).minusSeconds(1));
        assertThat(throttle.blocked("anna", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blocked("anna", "10.0.0.1")).isFalse();
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.blocked("anna", "10.0.0.1")).isTrue();
    }

    @Test
    void blocksAnAddressAfterTwentyFailuresAcrossAccounts() {
        for (int account = 1; account <= 19; account++) {
            throttle.failed("user" + account, "10.0.0.1");
        }
        assertThat(throttle.blocked("someone", "10.0.0.1")).isFalse();

        throttle.failed("user20", "10.0.0.1");

        assertThat(throttle.blocked("someone", "10.0.0.1")).isTrue();
        assertThat(throttle.blocked("someone", "10.0.0.2")).isFalse();
        clock.advance(LoginThrottle.WINDOW);
        assertThat(throttle.blocked("someone", "10.0.0.1")).isFalse();
    }

    @Test
    void resetsTheAccountButNotTheAddressOnSuccess() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna");
        for (int failure = 1; failure <= 4; failure++) {
            throttle.failed("anna", "10.0.0.2");
        }
        assertThat(throttle.blocked("anna", "10.0.0.3")).isFalse();

        for (int failure = 1; failure <= 16; failure++) {
            throttle.failed("user" + failure, "10.0.0.1");
        }
        throttle.succeeded("anna");
        assertThat(throttle.blocked("anna", "10.0.0.1")).isTrue();
    }

    /** A clock that stands still until the test moves it. */
    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The throttle reads instants only");
        }
    }
}
