package nl.rendement.app.people;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many times people data (employees, their periods, org units) has changed since the start:
 * what is computed from that data is kept under this number and is stale once it moves. Every
 * write of the people stores reports here after it wrote, so imports (which write through them)
 * and erasures count too; a write straight to the tables in SQL does not.
 *
 * <p>Inside a transaction the number moves when it writes and again once it has ended: a reader
 * who computed in between, from the data as it stood before the commit, kept the result under a
 * number that is then gone.
 */
@Component
class PeopleChanges {

    private final AtomicLong count = new AtomicLong();

    /** The number of changes so far. */
    long count() {
        return count.get();
    }

    /** Records that people data has just been written, in the current transaction if there is one. */
    void changed() {
        count.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    count.incrementAndGet();
                }
            });
        }
    }
}
