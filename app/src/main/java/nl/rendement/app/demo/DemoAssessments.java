package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.ProgrammeType;

/**
 * The demo's level 2 tests, in the assessments import format: every participant who started takes
 * each of the programme's two skill tests (maximum 20, pass mark 14) on the cohort's first day;
 * those who completed take them again on its last day. A score is the person's level (normal, mean
 * {@value #PRE_MEAN}, SD {@value #PRE_SD}) plus, after the programme, the programme's planted gain
 * ({@link #GAIN}) and normal noise (SD {@value #NOISE_SD}); scores are kept within 0–20 and
 * rounded to halves, as test scores are. Deterministic: its own random stream from the demo's seed.
 */
final class DemoAssessments {

    static final String FILE_NAME = "demo-assessments.csv";

    static final double PRE_MEAN = 10;
    static final double PRE_SD = 2.5;
    static final double NOISE_SD = 1.5;
    static final BigDecimal MAXIMUM = BigDecimal.valueOf(20);
    static final BigDecimal PASS_MARK = BigDecimal.valueOf(14);

    /** The planted truth: the mean gain in points of a completer on each skill, per programme type. */
    static final Map<ProgrammeType, Double> GAIN = Map.of(
            ProgrammeType.ONBOARDING, 3.0,
            ProgrammeType.LEADERSHIP, 2.5,
            ProgrammeType.DIGITAL_LEARNING, 4.0,
            ProgrammeType.SALES, 3.5,
            ProgrammeType.WELLBEING, 1.0,
            ProgrammeType.COMPLIANCE, 5.0,
            ProgrammeType.AI_LITERACY, 4.5,
            ProgrammeType.SOFT_SKILLS, 2.0,
            ProgrammeType.OTHER, 2.5);

    /** The two skills each programme tests, named as the test does. */
    static final Map<ProgrammeType, List<String>> SKILLS = Map.of(
            ProgrammeType.ONBOARDING, List.of("Producten en diensten", "Werkwijze en systemen"),
            ProgrammeType.LEADERSHIP, List.of("Feedback geven", "Coachend leidinggeven"),
            ProgrammeType.DIGITAL_LEARNING, List.of("Samenwerken online", "Werken met data"),
            ProgrammeType.SALES, List.of("Behoefteanalyse", "Voorstel en afsluiten"),
            ProgrammeType.WELLBEING, List.of("Veerkracht", "Grenzen stellen"),
            ProgrammeType.COMPLIANCE, List.of("Phishing herkennen", "Veilig omgaan met gegevens"),
            ProgrammeType.AI_LITERACY, List.of("Werking van AI", "Verantwoord gebruik"),
            ProgrammeType.SOFT_SKILLS, List.of("Samenwerken", "Communiceren"),
            ProgrammeType.OTHER, List.of("Plannen", "Risico's beheersen"));

    static final List<String> HEADER = List.of(
            "employee number", "programme", "skill", "pre", "post", "maximum", "pass mark", "pre date", "post date");

    private static final long STREAM = 0x5EED_A55EL;

    private DemoAssessments() {}

    static byte[] csv(DemoOrganisation organisation) {
        SplittableRandom random = new SplittableRandom(organisation.spec().seed() ^ STREAM);
        List<List<String>> rows = new ArrayList<>();
        for (DemoOrganisation.Programme programme : organisation.programmes()) {
            double gain = GAIN.get(programme.type());
            for (DemoOrganisation.Cohort cohort : programme.cohorts()) {
                for (DemoOrganisation.Enrolment enrolment : cohort.enrolments()) {
                    if (enrolment.startedOn().isEmpty()) {
                        continue;
                    }
                    boolean completed = enrolment.status() == ParticipantStatus.COMPLETED;
                    for (String skill : SKILLS.get(programme.type())) {
                        double level = PRE_MEAN + PRE_SD * DemoDraws.gaussian(random);
                        double after = level + gain + NOISE_SD * DemoDraws.gaussian(random);
                        rows.add(List.of(
                                enrolment.employeeNumber(),
                                programme.name(),
                                skill,
                                score(level),
                                completed ? score(after) : "",
                                MAXIMUM.toPlainString(),
                                PASS_MARK.toPlainString(),
                                cohort.start().toString(),
                                completed ? cohort.end().toString() : ""));
                    }
                }
            }
        }
        return DemoCsv.csv(writer -> {
            writer.writeRecord(HEADER);
            rows.forEach(writer::writeRecord);
        });
    }

    /** A score within 0 and the maximum, rounded to a half point. */
    private static String score(double value) {
        double clamped = Math.max(0, Math.min(MAXIMUM.doubleValue(), value));
        return BigDecimal.valueOf(Math.round(clamped * 2) / 2.0)
                .setScale(1, RoundingMode.UNNECESSARY)
                .toPlainString();
    }
}
