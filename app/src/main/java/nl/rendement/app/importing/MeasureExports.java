package nl.rendement.app.importing;

import static nl.rendement.app.importing.StoredRows.date;
import static nl.rendement.app.importing.StoredRows.decimal;
import static nl.rendement.app.importing.StoredRows.whole;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.Choice;
import nl.rendement.app.importing.formats.ExportRow;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.PersonColumns;
import nl.rendement.app.importing.formats.ProgrammeFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exports of business results: KPI definitions (no personal data, the whole library for every
 * analyst), KPI observations per person or team, and engagement scores per team.
 */
@Configuration(proxyBeanMethods = false)
class MeasureExports {

    /** The day a person's observation belongs to their unit: its period's start, or their first day. */
    private static final String OBSERVATION_DAY =
            "case when o.period_start > e.hire_date then o.period_start else e.hire_date end";

    @Bean
    KindExport kpiDefinitionsExport(StoredRows stored) {
        return new QueryExport(
                KpiFormats.KPI_DEFINITIONS,
                reach -> "select k.id, k.code, k.name, k.unit, k.direction, k.aggregation, k.period,"
                        + " k.threshold_share_percent, k.description, k.value_per_unit, k.value_currency,"
                        + " k.value_technique, k.value_source, k.value_year, k.value_evidence"
                        + " from kpi_definition k order by k.code",
                request -> {
                    Map<Long, String> types = stored.joined(
                            "select kpi_id, programme_type from kpi_programme_type order by programme_type");
                    return (rs, n) -> ExportRow.empty()
                            .with(KpiFormats.CODE, rs.getString("code"))
                            .with(KpiFormats.NAME, rs.getString("name"))
                            .with(KpiFormats.UNIT, rs.getString("unit"))
                            .with(KpiFormats.DIRECTION, rs.getString("direction"))
                            .with(KpiFormats.AGGREGATION, rs.getString("aggregation"))
                            .with(KpiFormats.PERIOD, rs.getString("period"))
                            .with(KpiFormats.THRESHOLD, decimal(rs, "threshold_share_percent"))
                            .with(KpiFormats.DESCRIPTION, rs.getString("description"))
                            .with(KpiFormats.PROGRAMME_TYPES, words(types.get(rs.getLong("id")), request.language()))
                            .with(KpiFormats.VALUE_PER_UNIT, decimal(rs, "value_per_unit"))
                            .with(KpiFormats.VALUE_CURRENCY, rs.getString("value_currency"))
                            .with(KpiFormats.VALUE_TECHNIQUE, rs.getString("value_technique"))
                            .with(KpiFormats.VALUE_SOURCE, rs.getString("value_source"))
                            .with(KpiFormats.VALUE_YEAR, whole(rs, "value_year"))
                            .with(KpiFormats.VALUE_EVIDENCE, rs.getString("value_evidence"));
                },
                stored);
    }

    @Bean
    KindExport kpiObservationsExport(StoredRows stored) {
        return new QueryExport(
                KpiFormats.KPI_OBSERVATIONS,
                reach -> "select k.code kpi, e.employee_number, e.email, u.code team, o.period_start, o.kpi_value,"
                        + " o.weight from kpi_observation o join kpi_definition k on k.id = o.kpi_id"
                        + " left join employee e on e.id = o.employee_id left join org_unit u on u.id = o.unit_id"
                        + " where (o.unit_id is not null and " + reach.team("o.unit_id") + ")"
                        + " or (o.employee_id is not null and " + reach.person("e", OBSERVATION_DAY) + ")"
                        + " order by o.id",
                request -> (rs, n) -> ExportRow.empty()
                        .with(KpiFormats.KPI, rs.getString("kpi"))
                        .with(PersonColumns.EMPLOYEE_NUMBER, rs.getString("employee_number"))
                        .with(PersonColumns.EMAIL, rs.getString("email"))
                        .with(KpiFormats.TEAM, rs.getString("team"))
                        .with(KpiFormats.PERIOD_START, date(rs, "period_start"))
                        .with(KpiFormats.VALUE, decimal(rs, "kpi_value"))
                        .with(KpiFormats.WEIGHT, decimal(rs, "weight")),
                stored);
    }

    @Bean
    KindExport engagementExport(StoredRows stored) {
        return new QueryExport(
                KpiFormats.ENGAGEMENT_SCORES,
                reach -> "select u.code team, s.period_start, s.period_length, s.engagement, s.happiness,"
                        + " s.scale_maximum, s.respondents from engagement_score s join org_unit u on u.id = s.org_unit_id"
                        + " where " + reach.team("s.org_unit_id") + " order by u.code, s.period_start, s.period_length",
                request -> (rs, n) -> ExportRow.empty()
                        .with(KpiFormats.ENGAGEMENT_TEAM, rs.getString("team"))
                        .with(KpiFormats.PERIOD_START, date(rs, "period_start"))
                        .with(KpiFormats.ENGAGEMENT_PERIOD, rs.getString("period_length"))
                        .with(KpiFormats.ENGAGEMENT, decimal(rs, "engagement"))
                        .with(KpiFormats.HAPPINESS, decimal(rs, "happiness"))
                        .with(KpiFormats.SCALE, decimal(rs, "scale_maximum"))
                        .with(KpiFormats.RESPONDENTS, whole(rs, "respondents")),
                stored);
    }

    /** Programme type codes ({@code sales|leadership}) as the words of the file's language. */
    private static String words(String codes, Language language) {
        if (codes == null) {
            return null;
        }
        return Arrays.stream(codes.split("\\" + KpiFormats.TYPE_SEPARATOR))
                .map(code -> ProgrammeFormats.TYPES.stream()
                        .filter(choice -> choice.code().equals(code))
                        .map(Choice::words)
                        .map(words -> words.in(language))
                        .findFirst()
                        .orElse(code))
                .collect(Collectors.joining(KpiFormats.TYPE_SEPARATOR));
    }
}
