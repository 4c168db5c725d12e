package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.ProgrammeType;

/**
 * The demo's employee survey: engagement and happiness per team and month on a scale of 10, with
 * the number who answered, in the engagement import format. Each team has its own level; a month's
 * score is the mean of its respondents' answers (each the team's level plus noise of standard
 * deviation {@value #ANSWER_SD}), so small teams swing more. About {@value #RESPONSE_RATE} of the
 * team's members answer.
 *
 * <p><b>The planted truth</b>: a member who completed the wellbeing programme answers {@value
 * #HAPPINESS_EFFECT} higher on happiness and {@value #ENGAGEMENT_EFFECT} higher on engagement from
 * the month after their completion on (a step, lasting to the end of the history). A team's month
 * therefore rises by the effect times the share of its members trained by then. Deterministic: its
 * own random stream from the demo's seed.
 */
final class DemoEngagement {

    static final String FILE_NAME = "demo-engagement.csv";

    static final double HAPPINESS_EFFECT = 0.6;
    static final double ENGAGEMENT_EFFECT = 0.3;
    static final double RESPONSE_RATE = 0.7;
    static final double ANSWER_SD = 1.2;

    static final List<String> HEADER =
            List.of("team", "period start", "period", "engagement", "happiness", "scale maximum", "respondents");

    private static final long STREAM = 0x5EED_E46AL;

    /** One team's month as the generator made it: for the truth check, beside the file. */
    record TeamMonth(
            String team,
            YearMonth month,
            int members,
            double trainedShare,
            int respondents,
            BigDecimal engagement,
            BigDecimal happiness) {}

    private DemoEngagement() {}

    static byte[] csv(DemoOrganisation organisation) {
        return DemoCsv.csv(writer -> {
            writer.writeRecord(HEADER);
            for (TeamMonth month : months(organisation)) {
                writer.writeRecord(
                        month.team(),
                        month.month().atDay(1).toString(),
                        "month",
                        month.engagement().toPlainString(),
                        month.happiness().toPlainString(),
                        "10",
                        String.valueOf(month.respondents()));
            }
        });
    }

    /** Every team's months with at least one respondent, teams in unit order, months in order. */
    static List<TeamMonth> months(DemoOrganisation organisation) {
        SplittableRandom random = new SplittableRandom(organisation.spec().seed() ^ STREAM);
        Map<String, LocalDate> trained = wellbeingCompletions(organisation);
        Map<YearMonth, Map<String, List<DemoOrganisation.Person>>> members = DemoHistory.membersMidMonth(organisation);
        List<TeamMonth> months = new ArrayList<>();
        for (DemoOrganisation.Unit team : organisation.units()) {
            if (team.kind() != UnitKind.TEAM) {
                continue;
            }
            double engagementLevel = 6.4 + 1.2 * random.nextDouble();
            double happinessLevel = 6.2 + 1.2 * random.nextDouble();
            for (YearMonth month = organisation.spec().firstMonth();
                    !month.isAfter(organisation.spec().lastMonth());
                    month = month.plusMonths(1)) {
                YearMonth current = month;
                int count = 0;
                int respondents = 0;
                int trainedMembers = 0;
                double engagement = 0;
                double happiness = 0;
                for (DemoOrganisation.Person person : members.get(month).getOrDefault(team.code(), List.of())) {
                    count++;
                    boolean isTrained = Optional.ofNullable(trained.get(person.employeeNumber()))
                            .map(completed -> YearMonth.from(completed).isBefore(current))
                            .orElse(false);
                    trainedMembers += isTrained ? 1 : 0;
                    if (random.nextDouble() >= RESPONSE_RATE) {
                        continue;
                    }
                    respondents++;
                    engagement += engagementLevel
                            + (isTrained ? ENGAGEMENT_EFFECT : 0)
                            + ANSWER_SD * DemoDraws.gaussian(random);
                    happiness += happinessLevel
                            + (isTrained ? HAPPINESS_EFFECT : 0)
                            + ANSWER_SD * DemoDraws.gaussian(random);
                }
                if (respondents > 0) {
                    months.add(new TeamMonth(
                            team.code(),
                            month,
                            count,
                            (double) trainedMembers / count,
                            respondents,
                            score(engagement / respondents),
                            score(happiness / respondents)));
                }
            }
        }
        return months;
    }

    /** When each person completed the wellbeing programme, by employee number. */
    private static Map<String, LocalDate> wellbeingCompletions(DemoOrganisation organisation) {
        Map<String, LocalDate> completed = new HashMap<>();
        organisation.programmes().stream()
                .filter(programme -> programme.type() == ProgrammeType.WELLBEING)
                .flatMap(programme -> programme.cohorts().stream())
                .flatMap(cohort -> cohort.enrolments().stream())
                .filter(enrolment -> enrolment.status() == ParticipantStatus.COMPLETED)
                .forEach(enrolment -> completed.put(
                        enrolment.employeeNumber(), enrolment.completedOn().orElseThrow()));
        return completed;
    }

    private static BigDecimal score(double mean) {
        return BigDecimal.valueOf(Math.max(0, Math.min(10, mean))).setScale(1, RoundingMode.HALF_UP);
    }
}
