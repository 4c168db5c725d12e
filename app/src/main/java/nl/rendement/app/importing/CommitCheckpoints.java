package nl.rendement.app.importing;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The three points of a commit at which a crash must leave stored data as it was: the first batch
 * written, half the rows written, and the last batch written just before the transaction ends.
 * The application says each in its log (the import's id and the point, never a value), so that a
 * test that runs it as a separate process can kill it there; with {@code rendement.imports.pause-at}
 * (a point's name, for that test only) it also waits there for {@code rendement.imports.pause-for}
 * so that the kill lands at that point and not after it.
 */
@Component
class CommitCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(CommitCheckpoints.class);

    /** Where a commit can be stopped. */
    enum Point {
        FIRST_BATCH_WRITTEN,
        HALF_WAY,
        LAST_BATCH_BEFORE_COMMIT
    }

    private final Optional<Point> pauseAt;
    private final Duration pauseFor;

    CommitCheckpoints(
            @Value("${rendement.imports.pause-at:}") String pauseAt,
            @Value("${rendement.imports.pause-for:PT60S}") Duration pauseFor) {
        this.pauseAt = pauseAt.isBlank()
                ? Optional.empty()
                : Optional.of(
                        Point.valueOf(pauseAt.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        this.pauseFor = pauseFor;
    }

    /** The commit's progress, passed on, that also says the first batch and the half way point when it gets there. */
    ImportProgress watching(long importId, ImportProgress progress) {
        return new ImportProgress() {
            private boolean first;
            private boolean half;

            @Override
            public void at(Phase phase, long done, long total) {
                progress.at(phase, done, total);
                if (phase != Phase.COMMITTING || done == 0) {
                    return;
                }
                if (!first) {
                    first = true;
                    reached(importId, Point.FIRST_BATCH_WRITTEN);
                }
                if (!half && 2 * done >= total) {
                    half = true;
                    reached(importId, Point.HALF_WAY);
                }
            }
        };
    }

    void reached(long importId, Point point) {
        LOG.info("Import {} commit checkpoint {}", importId, point);
        if (pauseAt.filter(point::equals).isPresent()) {
            LOG.info("Import {} commit paused at {} for {}", importId, point, pauseFor);
            try {
                Thread.sleep(pauseFor.toMillis());
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
