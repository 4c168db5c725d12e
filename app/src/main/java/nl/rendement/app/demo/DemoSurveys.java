package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.rendement.app.programme.ProgrammeType;

/**
 * The demo's survey answers in the survey-responses import format: a reaction survey (level 1) for
 * completers, an application survey (level 3) with impact estimates three months after completion,
 * and, for the mandatory compliance programme, one estimate by each team leader whose team was
 * mostly trained. Non-respondents have no row. Estimates overstate the truth ({@link
 * #trueImprovement}) by a log-normal factor of median {@value #OVERSTATEMENT}; each programme has
 * exactly one planted estimate without a basis and one extreme claim ({@link Plant}). Deterministic:
 * its own random streams from the demo's seed. docs/demo-data.md describes the layout.
 */
final class DemoSurveys {

    static final String FILE_NAME = "demo-survey-responses.csv";

    static final List<String> HEADER = List.of(
            "response id",
            "employee number",
            "anonymous",
            "programme",
            "cohort",
            "level",
            "answered on",
            "item",
            "rating",
            "recommend",
            "comment",
            "applying",
            "frequency",
            "barriers",
            "enablers",
            "role",
            "kpi",
            "improvement",
            "attribution",
            "confidence",
            "basis");

    static final double REACTION_RATE = 0.75;
    static final double APPLICATION_RATE = 0.55;
    static final int APPLICATION_MONTHS = 3;
    static final double COMMENT_RATE = 0.3;
    static final double ENGLISH_SHARE = 0.25;
    /** The median factor by which respondents overstate the true improvement, and the SD of its log. */
    static final double OVERSTATEMENT = 1.5;

    static final double OVERSTATEMENT_LOG_SD = 0.4;
    /** The extreme claim is this many times the median improvement of its programme's estimates. */
    static final int EXTREME_FACTOR = 10;
    /** The programme type whose reaction survey promised anonymity. */
    static final ProgrammeType ANONYMOUS_REACTIONS = ProgrammeType.WELLBEING;

    /** The KPI each programme type's estimates are about: the KPI its money comes from. */
    static final Map<ProgrammeType, String> KPI = Map.of(
            ProgrammeType.ONBOARDING, "output",
            ProgrammeType.LEADERSHIP, "productivity",
            ProgrammeType.DIGITAL_LEARNING, "digital-skills",
            ProgrammeType.SALES, "revenue",
            ProgrammeType.WELLBEING, "absence",
            ProgrammeType.COMPLIANCE, "incidents",
            ProgrammeType.AI_LITERACY, "handling-time",
            ProgrammeType.SOFT_SKILLS, "csat",
            ProgrammeType.OTHER, "on-time");

    /**
     * The planted claims: in each programme, of the responses with an estimate in the order of their
     * response ids, the first has no basis and the second claims {@value #EXTREME_FACTOR} times the
     * median improvement of the programme's estimates (with a basis). Both are named responses.
     */
    enum Plant {
        NONE,
        WITHOUT_BASIS,
        EXTREME
    }

    record Rating(String item, int score) {}

    record Reaction(List<Rating> ratings, int recommend, Optional<String> comment) {}

    record Application(boolean applying, String frequency, List<String> barriers, List<String> enablers) {}

    /** An estimate as answered, with the true improvement it overstates (or, when planted, distorts). */
    record Estimate(
            String kpi,
            BigDecimal improvement,
            int attribution,
            int confidence,
            Optional<String> basis,
            double truth,
            Plant plant) {

        Estimate withoutBasis() {
            return new Estimate(
                    kpi, improvement, attribution, confidence, Optional.empty(), truth, Plant.WITHOUT_BASIS);
        }

        Estimate claiming(BigDecimal extreme) {
            return new Estimate(
                    kpi, extreme.stripTrailingZeros(), attribution, confidence, basis, truth, Plant.EXTREME);
        }
    }

    /**
     * One response: {@code id} R1-nnnn (reaction), R3-nnnn (application) or M3-nnn (a team
     * leader's estimate), numbered per programme in the order answered; no employee number when
     * anonymous; {@code order} breaks ties between responses of one day.
     */
    record Response(
            ProgrammeType type,
            String programme,
            String id,
            String cohort,
            int level,
            String role,
            Optional<String> employeeNumber,
            LocalDate answeredOn,
            long order,
            Optional<Reaction> reaction,
            Optional<Application> application,
            Optional<Estimate> estimate) {

        boolean anonymous() {
            return employeeNumber.isEmpty();
        }

        String prefix() {
            return level == 1 ? "R1" : role.equals("manager") ? "M3" : "R3";
        }

        Response withId(String newId) {
            return new Response(
                    type,
                    programme,
                    newId,
                    cohort,
                    level,
                    role,
                    employeeNumber,
                    answeredOn,
                    order,
                    reaction,
                    application,
                    estimate);
        }

        Response withEstimate(Estimate changed) {
            return new Response(
                    type,
                    programme,
                    id,
                    cohort,
                    level,
                    role,
                    employeeNumber,
                    answeredOn,
                    order,
                    reaction,
                    application,
                    Optional.of(changed));
        }
    }

    private static final long STREAM = 0x5EED_5A7EL;

    private DemoSurveys() {}

    static byte[] csv(DemoOrganisation organisation) {
        return DemoCsv.csv(writer -> {
            writer.writeRecord(HEADER);
            responses(organisation)
                    .forEach(response -> DemoSurveyRows.of(response).forEach(writer::writeRecord));
        });
    }

    /** Every response, programme by programme, numbered and with the planted claims. */
    static List<Response> responses(DemoOrganisation organisation) {
        DemoSurveyAnswers answers = new DemoSurveyAnswers(organisation);
        List<Response> drafted = new ArrayList<>(answers.reactions(stream(organisation, 1)));
        drafted.addAll(answers.applications(stream(organisation, 3)));
        drafted.addAll(answers.teamEstimates(stream(organisation, 4)));
        List<Response> responses = new ArrayList<>();
        for (DemoOrganisation.Programme programme : organisation.programmes()) {
            responses.addAll(planted(numbered(drafted.stream()
                    .filter(response -> response.programme().equals(programme.name()))
                    .toList())));
        }
        return responses;
    }

    /**
     * The true improvement in the programme's estimate KPI ({@link #KPI}) of a participant in the
     * given state, {@code months} after the month they completed, positive when better: the planted
     * effect of {@link DemoTruth} in the KPI's unit per month, converted where it is planted on
     * another measure. Sales: the conversion effect x the quotes a month (24 in Verkoop, 10
     * elsewhere, x FTE) x the deal size (1,800 in Verkoop, 600 elsewhere). Wellbeing: the fall in
     * the spell chance (0.095 part time, 0.075 full time) x {@link DemoKpis#SPELL_DAYS} x 12 / (7 x 52) of
     * contract hours. Compliance: the fall in the team's incidents a month this member brings,
     * the rate 0.03 (0.015 in D07) x 0.4. As {@link DemoKpis} generates them.
     */
    static double trueImprovement(ProgrammeType type, DemoOrganisation.Period state, long months) {
        double fte = state.fte().doubleValue();
        Optional<String> department = DemoHistory.department(state.unitCode());
        boolean verkoop = department.equals(Optional.of("D01"));
        return switch (type) {
            case SALES ->
                DemoTruth.effect(type, "conversion").at(months)
                        * DemoKpis.quotesPerFte(verkoop)
                        * fte
                        * DemoKpis.dealSize(verkoop);
            case WELLBEING ->
                -DemoTruth.effect(type, "absence-frequency").at(months)
                        * DemoKpis.spellChance(fte)
                        * DemoKpis.SPELL_DAYS
                        * 12
                        / (7 * 52.0);
            case COMPLIANCE ->
                -DemoTruth.effect(type, "incidents").at(months) * DemoKpis.incidentRate(state.unitCode());
            default ->
                (lowerIsBetter(KPI.get(type)) ? -1 : 1)
                        * DemoTruth.effect(type, KPI.get(type)).at(months);
        };
    }

    /** An answered improvement: two significant digits, as people state them. */
    static BigDecimal stated(double improvement) {
        return BigDecimal.valueOf(improvement)
                .round(new MathContext(2, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
    }

    private static boolean lowerIsBetter(String kpi) {
        return DemoKpis.DEFINITIONS.stream()
                .filter(definition -> definition.code().equals(kpi))
                .anyMatch(definition -> definition.direction().equals("lower is better"));
    }

    /** A programme's responses: reactions, applications, team leaders' estimates, each numbered in the order answered. */
    private static List<Response> numbered(List<Response> drafted) {
        List<Response> sorted = drafted.stream()
                .sorted(Comparator.comparing((Response response) -> order(response.prefix()))
                        .thenComparing(Response::answeredOn)
                        .thenComparingLong(Response::order))
                .toList();
        List<Response> numbered = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Response response = sorted.get(i);
            number = i > 0 && sorted.get(i - 1).prefix().equals(response.prefix()) ? number + 1 : 1;
            String digits = response.prefix().equals("M3") ? "%03d" : "%04d";
            numbered.add(response.withId(response.prefix() + "-" + String.format(digits, number)));
        }
        return numbered;
    }

    private static int order(String prefix) {
        return List.of("R1", "R3", "M3").indexOf(prefix);
    }

    /** The first estimate loses its basis, the second becomes the extreme claim. */
    private static List<Response> planted(List<Response> responses) {
        List<BigDecimal> improvements = responses.stream()
                .flatMap(response -> response.estimate().stream())
                .map(Estimate::improvement)
                .sorted()
                .toList();
        List<Response> planted = new ArrayList<>();
        int estimates = 0;
        for (Response response : responses) {
            if (response.estimate().isEmpty() || estimates >= 2) {
                planted.add(response);
                continue;
            }
            Estimate estimate = response.estimate().get();
            planted.add(response.withEstimate(
                    estimates == 0
                            ? estimate.withoutBasis()
                            : estimate.claiming(median(improvements).multiply(BigDecimal.valueOf(EXTREME_FACTOR)))));
            estimates++;
        }
        return planted;
    }

    /** The median of sorted improvements, as stated (the lower middle one of an even number). */
    private static BigDecimal median(List<BigDecimal> sorted) {
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static SplittableRandom stream(DemoOrganisation organisation, int survey) {
        return new SplittableRandom(organisation.spec().seed() ^ STREAM ^ ((long) survey << 40));
    }
}
