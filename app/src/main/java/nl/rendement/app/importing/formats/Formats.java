package nl.rendement.app.importing.formats;

import java.util.List;
import java.util.Optional;

/** Every kind of data a person can upload, in the order the Data page lists them. */
public final class Formats {

    private static final List<ImportFormat> ALL = List.of(
            ProgrammeFormats.PROGRAMMES,
            ProgrammeFormats.COHORTS,
            PeopleFormats.ORG_UNITS,
            PeopleFormats.HR_SNAPSHOT,
            PeopleFormats.LEAVERS,
            LearningFormats.ENROLMENTS,
            LearningFormats.ASSESSMENTS,
            SurveyFormats.SURVEY_RESPONSES,
            KpiFormats.KPI_DEFINITIONS,
            KpiFormats.KPI_OBSERVATIONS,
            KpiFormats.ENGAGEMENT_SCORES,
            CostFormats.COST_LINES);

    private Formats() {}

    public static List<ImportFormat> all() {
        return ALL;
    }

    public static Optional<ImportFormat> of(String kind) {
        return ALL.stream().filter(format -> format.kind().equals(kind)).findFirst();
    }
}
