package nl.rendement.app.organisation;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Locale;
import nl.rendement.app.system.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A recorded setting value (stored as plain text) as the reader reads it, in their language. */
@Component
class SettingValues {

    private final MessageSource messages;
    private final Formats formats;

    SettingValues(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    String shown(String setting, String stored) {
        if (stored == null) {
            return "";
        }
        Locale reader = LocaleContextHolder.getLocale();
        return switch (setting) {
            case "salary_includes_holiday_allowance", "salary_includes_thirteenth_month", "vat_reclaimable" ->
                messages.getMessage(Boolean.parseBoolean(stored) ? "common.yes" : "common.no", null, reader);
            case "default_language" -> Locale.forLanguageTag(stored).getDisplayLanguage(reader);
            case "fiscal_year_start" -> formats.monthDay(MonthDay.parse(stored));
            case "hours_per_fte_year", "anonymity_threshold" -> formats.decimal(new BigDecimal(stored));
            case "employer_cost_percent", "default_roi_objective_percent", "discount_rate_percent" ->
                formats.percent(new BigDecimal(stored));
            default -> stored;
        };
    }
}
