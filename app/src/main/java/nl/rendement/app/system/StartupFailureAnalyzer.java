package nl.rendement.app.system;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Turns a failed start into one sentence saying what to set: a refused database, an unreachable
 * database or a database URL no driver understands.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureAnalyzer implements FailureAnalyzer {

    private static final String DATABASE_ACTION = "Set RENDEMENT_DB_URL, RENDEMENT_DB_USER and"
            + " RENDEMENT_DB_PASSWORD to a reachable PostgreSQL database (jdbc:postgresql://host:5432/name),"
            + " or leave RENDEMENT_DB_URL unset to use the embedded database under ./data.";

    private final Environment environment;

    StartupFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupRefusedException refused) {
                return new FailureAnalysis(refused.getMessage(), refused.action(), refused);
            }
        }
        String url = withoutParameters(environment.getProperty("spring.datasource.url", "(not set)"));
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("No suitable driver") || message.contains("claims to not accept jdbcUrl")) {
                return new FailureAnalysis(
                        "Rendement does not understand the database URL " + url
                                + ": it must start with jdbc:postgresql: or jdbc:h2:.",
                        DATABASE_ACTION,
                        cause);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return new FailureAnalysis(
                        "Rendement cannot use its database at " + url + " (" + sql.getMessage() + ").",
                        DATABASE_ACTION,
                        sql);
            }
        }
        return null;
    }

    /** Shows a URL without parameters, which may hold a password. */
    static String withoutParameters(String url) {
        int cut = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }
}
