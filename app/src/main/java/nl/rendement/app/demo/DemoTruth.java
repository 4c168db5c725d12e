package nl.rendement.app.demo;

import java.util.List;
import java.util.Map;
import nl.rendement.app.programme.ProgrammeType;

/**
 * The effects planted in the demo's evaluation data, per programme: which KPI each programme moves,
 * by how much, in which shape over time, and how its participants were chosen (the selection the
 * evaluation must see through). The generators read their effects from here; {@link DemoTruthFile}
 * writes it all down, with the tests' gains and the survey's effects, as the truth file.
 */
final class DemoTruth {

    private DemoTruth() {}

    /** How an effect develops over the months after the month a participant completed. */
    enum Shape {
        /** The whole effect from the first month after completion on. */
        STEP,
        /** Growing evenly to the whole effect over {@code months} months, then lasting. */
        RAMP,
        /** The whole effect in the first month, fading evenly to {@code floor} of it over {@code months} months. */
        FADE
    }

    /**
     * A planted effect on one KPI of a participant (or of a team, through its trained members):
     * {@code size} in the KPI's unit per subject and month, or, when {@code relative}, a share by
     * which a rate changes (-0.25: a quarter lower).
     */
    record Effect(String kpi, double size, boolean relative, Shape shape, int months, double floor) {

        /** The effect in the {@code k}-th month after the month of completion (none before the first). */
        double at(long k) {
            if (k < 1) {
                return 0;
            }
            double share = switch (shape) {
                case STEP -> 1;
                case RAMP -> Math.min(k, months) / (double) months;
                case FADE -> Math.max(floor, 1 - (1 - floor) * (k - 1) / months);
            };
            return size * share;
        }
    }

    /** A programme's truth: how participants were chosen, what a fair comparison is, and its effects. */
    record Programme(ProgrammeType type, String selection, String comparison, String trap, List<Effect> effects) {

        Programme {
            effects = List.copyOf(effects);
        }
    }

    static final Map<ProgrammeType, Programme> PROGRAMMES = Map.of(
            ProgrammeType.ONBOARDING,
            new Programme(
                    ProgrammeType.ONBOARDING,
                    "New hires within three months of joining; a pilot in Klantenservice and Operatie for the"
                            + " first four waves, every department from the fifth.",
                    "New hires of the same months who did not take part (other departments during the pilot).",
                    "The pilot departments produce 10% less than the others at every tenure: new hires compared"
                            + " across departments understate the effect.",
                    List.of(new Effect("output", 20, false, Shape.FADE, 9, 0))),
            ProgrammeType.LEADERSHIP,
            new Programme(
                    ProgrammeType.LEADERSHIP,
                    "Nominated by their manager: mostly team leaders and specialists paid above their scale.",
                    "Eligible team leaders, specialists and managers not nominated.",
                    "Productivity rises with pay above scale, so nominees start higher: levels differ between the"
                            + " groups (pre-period SMD far above 0.1), changes do not.",
                    List.of(new Effect("productivity", 4, false, Shape.RAMP, 6, 1))),
            ProgrammeType.DIGITAL_LEARNING,
            new Programme(
                    ProgrammeType.DIGITAL_LEARNING,
                    "Volunteers; short tenure and full-time staff signed up more.",
                    "Employees who did not sign up.",
                    "Everyone's score rises 0.1 a month (the organisation digitalises) and short-tenure staff score"
                            + " 8 higher: before-after without a comparison overstates, levels differ.",
                    List.of(new Effect("digital-skills", 8, false, Shape.FADE, 12, 0.5))),
            ProgrammeType.SALES,
            new Programme(
                    ProgrammeType.SALES,
                    "Whole Verkoop teams, one team a wave; Klantenservice is in the target group but not yet trained.",
                    "Verkoop teams not yet trained (staggered rollout); Klantenservice sells smaller deals.",
                    "December brings 20% more quotes and July-August 20% fewer: a comparison across different"
                            + " months mistakes the season for the programme.",
                    List.of(new Effect("conversion", 0.05, false, Shape.STEP, 1, 1))),
            ProgrammeType.WELLBEING,
            new Programme(
                    ProgrammeType.WELLBEING,
                    "Volunteers; part-timers signed up about five times as often.",
                    "Employees who did not sign up.",
                    "Part-timers are absent more often (a spell starts in 9.5% of their months against 7.5%):"
                            + " the trained start with more absence.",
                    List.of(new Effect("absence-frequency", -0.30, true, Shape.STEP, 1, 1))),
            ProgrammeType.COMPLIANCE,
            new Programme(
                    ProgrammeType.COMPLIANCE,
                    "Mandatory for everyone, by department in three waves; ICT, Financi\u00ebn and HR first.",
                    "Teams not yet trained in the same months (staggered rollout).",
                    "ICT causes half the incidents per person of other departments and goes first.",
                    List.of(new Effect("incidents", -0.40, true, Shape.STEP, 1, 1))),
            ProgrammeType.AI_LITERACY,
            new Programme(
                    ProgrammeType.AI_LITERACY,
                    "Volunteers among office staff and specialists; mostly short tenure.",
                    "Eligible office staff and specialists who did not sign up.",
                    "Handling time falls by itself in the first years of tenure (8 minutes a case fading with"
                            + " tenure), and the volunteers are the newer staff: their own improvement is not the"
                            + " programme's, and a comparison with longer-tenured colleagues overstates the effect.",
                    List.of(new Effect("handling-time", -3, false, Shape.RAMP, 3, 1))),
            ProgrammeType.SOFT_SKILLS,
            new Programme(
                    ProgrammeType.SOFT_SKILLS,
                    "Whole teams of Klantenservice and Operatie, designated by the board.",
                    "Teams of Klantenservice and Operatie not (yet) trained.",
                    "None planted beyond the teams' own levels: a fair staggered comparison.",
                    List.of(new Effect("csat", 0.4, false, Shape.STEP, 1, 1))),
            ProgrammeType.OTHER,
            new Programme(
                    ProgrammeType.OTHER,
                    "Specialists nominated by their manager, mostly those paid above their scale.",
                    "Specialists not nominated.",
                    "Projects on time rise with pay above scale, so nominees start higher.",
                    List.of(new Effect("on-time", 0.12, false, Shape.RAMP, 3, 1))));

    /** The effect the programme of this type has on the KPI; none (0 in every month) when it has none. */
    static Effect effect(ProgrammeType type, String kpi) {
        return PROGRAMMES.get(type).effects().stream()
                .filter(effect -> effect.kpi().equals(kpi))
                .findFirst()
                .orElse(new Effect(kpi, 0, false, Shape.STEP, 1, 1));
    }
}
