package nl.rendement.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES_PER_ACCOUNT} failed logins for one
 * username, or {@value #MAX_FAILURES_PER_ADDRESS} from one address, within
 * {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window,
 * even with the right password. Kept in memory: one instance serves one organisation.
 */
final class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String username, String address) {
        return recent("u:" + username) >= MAX_FAILURES_PER_ACCOUNT
                || recent("a:" + address) >= MAX_FAILURES_PER_ADDRESS;
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.keySet().removeIf(key -> recent(key) == 0);
        }
        Instant now = clock.instant();
        for (String key : new String[] {"u:" + username, "a:" + address}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    void succeeded(String username) {
        failures.remove("u:" + username);
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant horizon = clock.instant().minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
