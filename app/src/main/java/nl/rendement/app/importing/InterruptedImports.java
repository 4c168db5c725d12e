package nl.rendement.app.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, imports the last stop left being read or committed are interrupted: their transaction
 * never ended, so nothing of them is stored, and their page says so. Runs once every bean is made
 * and before the web server takes requests, so no import of this run can be caught (one instance
 * at a time holds the database: see the instance guard).
 */
@Component
class InterruptedImports implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedImports.class);

    private final ImportRecords records;

    InterruptedImports(ImportRecords records) {
        this.records = records;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = records.interruptAll();
        if (interrupted > 0) {
            LOG.info("{} imports were interrupted by the last stop; nothing of them was applied", interrupted);
        }
    }
}
