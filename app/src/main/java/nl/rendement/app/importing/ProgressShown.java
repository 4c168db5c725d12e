package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import nl.rendement.app.system.Formats;
import org.springframework.context.MessageSource;

/**
 * A running job as the import page shows it: what it does and how far it is in the reader's
 * language and numbers ("Checking rows: 450,000 of 1,000,000"), the bar's value and maximum (none
 * while the total is not known: the bar then only says that work goes on), the percentage and the
 * time it has run.
 */
record ProgressShown(String label, boolean known, long value, long max, String percent, String elapsed) {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1_000_000);

    static ProgressShown of(ImportJob job, Formats formats, MessageSource messages, Locale locale) {
        ImportJob.Progress progress = job.progress();
        boolean known = progress.total() > 0;
        long done = Math.min(progress.done(), progress.total());
        String percent = known
                ? formats.percent(BigDecimal.valueOf(done * 100)
                        .divide(BigDecimal.valueOf(progress.total()), 0, RoundingMode.DOWN))
                : "";
        return new ProgressShown(
                label(progress, formats, messages, locale),
                known,
                known ? done : 0,
                known ? progress.total() : 0,
                percent,
                elapsed(job.elapsed(), messages, locale));
    }

    private static String label(ImportJob.Progress progress, Formats formats, MessageSource messages, Locale locale) {
        String key = "data.progress." + progress.phase().name().toLowerCase(Locale.ROOT);
        if (progress.total() <= 0) {
            return messages.getMessage(key + ".unknown", null, locale);
        }
        Object[] amounts = progress.phase() == ImportProgress.Phase.READING
                ? new Object[] {megabytes(progress.done(), formats), megabytes(progress.total(), formats)}
                : new Object[] {
                    formats.number(BigDecimal.valueOf(progress.done()), 0),
                    formats.number(BigDecimal.valueOf(progress.total()), 0)
                };
        return messages.getMessage(key, amounts, locale);
    }

    private static String megabytes(long bytes, Formats formats) {
        return formats.number(BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.HALF_EVEN), 1);
    }

    private static String elapsed(Duration elapsed, MessageSource messages, Locale locale) {
        long seconds = elapsed.toSeconds();
        return seconds < 60
                ? messages.getMessage("data.progress.seconds", new Object[] {String.valueOf(seconds)}, locale)
                : messages.getMessage(
                        "data.progress.minutes",
                        new Object[] {String.valueOf(seconds / 60), String.format(Locale.ROOT, "%02d", seconds % 60)},
                        locale);
    }
}
