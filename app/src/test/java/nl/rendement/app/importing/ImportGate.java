package nl.rendement.app.importing;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A test's hold on background imports (a bean {@link ImportJobs} tells of every step): once armed
 * for a phase, the next job that starts that phase waits at its first step (or, armed underway, at
 * its first step with something done) until the test lets it go, so that a page can be looked at
 * while the job runs without depending on timing. Unarmed, it lets everything pass.
 */
public final class ImportGate implements ImportProgress {

    private static final Duration LONG = Duration.ofSeconds(120);

    private final Map<Phase, Hold> armed = new EnumMap<>(Phase.class);
    private final Map<Phase, Hold> underway = new EnumMap<>(Phase.class);

    /** Holds the next job that starts {@code phase} (checking or committing) at its first step. */
    public synchronized Hold arm(Phase phase) {
        Hold hold = new Hold();
        armed.put(phase, hold);
        return hold;
    }

    /**
     * Holds the next job in {@code phase} at its first step with more than nothing done, such as
     * the first bytes the reading of a file tells.
     */
    public synchronized Hold armUnderway(Phase phase) {
        Hold hold = new Hold();
        underway.put(phase, hold);
        return hold;
    }

    @Override
    public void at(Phase phase, long done, long total) {
        Hold hold;
        synchronized (this) {
            hold = done == 0 ? armed.remove(phase) : underway.remove(phase);
        }
        if (hold != null) {
            hold.reached.countDown();
            hold.await();
        }
    }

    /** One held job: the test waits until it is held, looks, then lets it go. */
    public static final class Hold {

        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Whether a job reached the gate (within two minutes). */
        public boolean reached() throws InterruptedException {
            return reached.await(LONG.toSeconds(), TimeUnit.SECONDS);
        }

        public void release() {
            released.countDown();
        }

        private void await() {
            try {
                released.await(LONG.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
