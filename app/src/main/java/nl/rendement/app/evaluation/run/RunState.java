package nl.rendement.app.evaluation.run;

import java.util.Locale;

/** Where a run is: waiting for the worker, being evaluated, finished, or failed with its reason. */
public enum RunState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RunState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
