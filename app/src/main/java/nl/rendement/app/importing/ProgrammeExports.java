package nl.rendement.app.importing;

import static nl.rendement.app.importing.StoredRows.date;
import static nl.rendement.app.importing.StoredRows.decimal;
import static nl.rendement.app.importing.StoredRows.whole;
import static nl.rendement.app.importing.StoredRows.yes;

import java.util.Map;
import nl.rendement.app.importing.formats.CostFormats;
import nl.rendement.app.importing.formats.ExportRow;
import nl.rendement.app.importing.formats.ProgrammeFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exports of the programmes an analyst sees: the programmes, their cohorts and their cost lines. */
@Configuration(proxyBeanMethods = false)
class ProgrammeExports {

    @Bean
    KindExport programmesExport(StoredRows stored) {
        return new QueryExport(
                ProgrammeFormats.PROGRAMMES,
                reach -> "select pr.id, pr.name, pr.type, pr.description, pr.sponsor, pr.status, pr.target_population,"
                        + " pr.delivery_mode, pr.mandatory, pr.due_date, pr.roi_objective_percent, pr.target_level"
                        + " from programme pr where " + reach.programme("pr.id") + " order by pr.name",
                request -> {
                    Map<Long, String> courses = stored.joined(
                            "select programme_id, course_id from programme_lms_course order by course_id");
                    return (rs, n) -> ExportRow.empty()
                            .with(ProgrammeFormats.NAME, rs.getString("name"))
                            .with(ProgrammeFormats.TYPE, rs.getString("type"))
                            .with(ProgrammeFormats.DESCRIPTION, rs.getString("description"))
                            .with(ProgrammeFormats.SPONSOR, rs.getString("sponsor"))
                            .with(ProgrammeFormats.STATUS, rs.getString("status"))
                            .with(ProgrammeFormats.TARGET_POPULATION, rs.getString("target_population"))
                            .with(ProgrammeFormats.DELIVERY_MODE, rs.getString("delivery_mode"))
                            .with(ProgrammeFormats.MANDATORY, yes(rs, "mandatory"))
                            .with(ProgrammeFormats.DUE_DATE, date(rs, "due_date"))
                            .with(ProgrammeFormats.ROI_OBJECTIVE, decimal(rs, "roi_objective_percent"))
                            .with(ProgrammeFormats.TARGET_LEVEL, whole(rs, "target_level"))
                            .with(ProgrammeFormats.LMS_COURSES, courses.get(rs.getLong("id")));
                },
                stored);
    }

    @Bean
    KindExport cohortsExport(StoredRows stored) {
        return new QueryExport(
                ProgrammeFormats.COHORTS,
                reach -> "select pr.name programme, c.name, c.start_date, c.end_date, c.delivery_mode, c.location,"
                        + " c.language from cohort c join programme pr on pr.id = c.programme_id"
                        + " where " + reach.programme("pr.id") + " order by pr.name, c.start_date, c.name",
                request -> (rs, n) -> ExportRow.empty()
                        .with(ProgrammeFormats.PROGRAMME, rs.getString("programme"))
                        .with(ProgrammeFormats.COHORT_NAME, rs.getString("name"))
                        .with(ProgrammeFormats.START_DATE, date(rs, "start_date"))
                        .with(ProgrammeFormats.END_DATE, date(rs, "end_date"))
                        .with(ProgrammeFormats.COHORT_DELIVERY_MODE, rs.getString("delivery_mode"))
                        .with(ProgrammeFormats.LOCATION, rs.getString("location"))
                        .with(ProgrammeFormats.LANGUAGE, rs.getString("language")),
                stored);
    }

    @Bean
    KindExport costLinesExport(StoredRows stored) {
        return new QueryExport(
                CostFormats.COST_LINES,
                reach -> "select pr.name programme, l.line_id, l.category, l.description, l.amount, l.vat, l.currency,"
                        + " l.recurrence, l.expected_participants, l.paid_on"
                        + " from cost_line l join programme pr on pr.id = l.programme_id"
                        + " where " + reach.programme("pr.id") + " order by pr.name, l.line_id",
                request -> (rs, n) -> ExportRow.empty()
                        .with(CostFormats.PROGRAMME, rs.getString("programme"))
                        .with(CostFormats.ID, rs.getString("line_id"))
                        .with(CostFormats.CATEGORY, rs.getString("category"))
                        .with(CostFormats.DESCRIPTION, rs.getString("description"))
                        .with(CostFormats.AMOUNT, decimal(rs, "amount"))
                        .with(CostFormats.VAT, decimal(rs, "vat"))
                        .with(CostFormats.CURRENCY, rs.getString("currency"))
                        .with(CostFormats.RECURRENCE, rs.getString("recurrence"))
                        .with(CostFormats.EXPECTED, whole(rs, "expected_participants"))
                        .with(CostFormats.DATE_PAID, date(rs, "paid_on")),
                stored);
    }
}
