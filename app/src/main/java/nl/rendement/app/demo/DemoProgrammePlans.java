package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeType;

/** The demo's nine programmes: whom each is for, when its waves run, and how participants are chosen. */
final class DemoProgrammePlans {

    /** Departments ordered from most to least professional, for waves by department. */
    private static final List<String> BY_PROFESSIONAL_SHARE =
            List.of("D07", "D05", "D06", "D08", "D01", "D02", "D03", "D04");

    private DemoProgrammePlans() {}

    /** The chance that an eligible person is chosen in a wave. */
    interface Chooser {
        double probability(DemoOrganisation.Person person, LocalDate start, int wave);
    }

    record Plan(
            String name,
            ProgrammeType type,
            String description,
            String sponsor,
            String selection,
            DemoOrganisation.Eligibility eligibility,
            DeliveryMode deliveryMode,
            String location,
            Optional<Integer> dueMonth,
            int targetLevel,
            int[] waveMonths,
            int days,
            int hours,
            Chooser chooser) {

        boolean eligible(DemoOrganisation.Person person, LocalDate start) {
            DemoOrganisation.Period state = DemoHistory.on(person, start).orElseThrow();
            return (eligibility.departments().isEmpty()
                            || DemoHistory.department(state.unitCode())
                                    .filter(eligibility.departments()::contains)
                                    .isPresent())
                    && (eligibility.jobGroups().isEmpty()
                            || eligibility.jobGroups().contains(state.jobGroup()))
                    && (!eligibility.newHiresOnly() || !person.hireDate().isBefore(start.minusDays(92)));
        }
    }

    static List<Plan> all(DemoSpec spec) {
        int departments = spec.size().departments;
        List<String> present = BY_PROFESSIONAL_SHARE.stream()
                .filter(code -> Integer.parseInt(code.substring(1)) <= departments)
                .toList();
        return List.of(
                new Plan(
                        "Welkom bij Voorbeeldgroep",
                        ProgrammeType.ONBOARDING,
                        "Inwerkprogramma voor nieuwe medewerkers.",
                        "Directeur HR",
                        "Nieuwe medewerkers binnen drie maanden na indiensttreding; eerst een pilot bij Klantenservice en Operatie, vanaf de vijfde groep alle afdelingen.",
                        eligibility(Set.of(), Set.of(), true),
                        DeliveryMode.CLASSROOM,
                        "Utrecht",
                        Optional.empty(),
                        4,
                        new int[] {6, 9, 12, 15, 18, 21, 24, 27, 30, 33},
                        10,
                        16,
                        (person, start, wave) ->
                                wave >= 4 || inDepartment(person, start, Set.of("D02", "D03")) ? 0.95 : 0),
                new Plan(
                        "Leiderschap in de praktijk",
                        ProgrammeType.LEADERSHIP,
                        "Leiderschapsprogramma voor (aankomend) leidinggevenden.",
                        "Algemeen directeur",
                        "Voorgedragen door hun manager: vooral teamleiders en specialisten die boven hun schaal presteren.",
                        eligibility(
                                Set.of(), labels(JobGroup.SUPERVISOR, JobGroup.PROFESSIONAL, JobGroup.MANAGER), false),
                        DeliveryMode.BLENDED,
                        "Amersfoort",
                        Optional.empty(),
                        5,
                        new int[] {12, 20},
                        90,
                        40,
                        (person, start, wave) -> (leads(person, start) ? 0.35 : 0.04)
                                + 0.6 * clamp((salaryRatio(person, start) - 0.95) / 0.2)),
                new Plan(
                        "Slim digitaal werken",
                        ProgrammeType.DIGITAL_LEARNING,
                        "Online modules over samenwerken in Microsoft 365.",
                        "Directeur ICT",
                        "Vrijwillige aanmelding; vooral medewerkers die kort in dienst zijn en voltijders meldden zich.",
                        eligibility(Set.of(), Set.of(), false),
                        DeliveryMode.ONLINE_SELF_PACED,
                        "Online",
                        Optional.empty(),
                        4,
                        new int[] {10, 16, 22},
                        30,
                        6,
                        (person, start, wave) -> 0.08
                                + (DemoHistory.tenureYears(person, start) < 3 ? 0.30 : 0)
                                + (fullTime(person, start) ? 0.07 : 0)),
                new Plan(
                        "Consultatief verkopen",
                        ProgrammeType.SALES,
                        "Verkooptraining voor klantgerichte teams.",
                        "Commercieel directeur",
                        "Hele verkoopteams, team voor team; Klantenservice is doelgroep maar nog niet aan de beurt.",
                        eligibility(Set.of("D01", "D02"), Set.of(), false),
                        DeliveryMode.CLASSROOM,
                        "Utrecht",
                        Optional.empty(),
                        5,
                        new int[] {14, 20},
                        60,
                        24,
                        (person, start, wave) -> inUnit(person, start, DemoStructure.teamCode(0, wave)) ? 0.92 : 0),
                new Plan(
                        "Veerkracht en werkplezier",
                        ProgrammeType.WELLBEING,
                        "Training over stress, herstel en werkplezier.",
                        "Directeur HR",
                        "Vrijwillige aanmelding; deeltijders meldden zich vaker aan.",
                        eligibility(Set.of(), Set.of(), false),
                        DeliveryMode.VIRTUAL_CLASSROOM,
                        "Online",
                        Optional.empty(),
                        4,
                        new int[] {15, 21, 27},
                        42,
                        8,
                        (person, start, wave) -> 0.05 + (fullTime(person, start) ? 0 : 0.22)),
                new Plan(
                        "Cyberveilig werken",
                        ProgrammeType.COMPLIANCE,
                        "Verplichte e-learning informatiebeveiliging en phishing.",
                        "Chief information security officer",
                        "Verplicht voor iedereen, per afdeling in drie golven; ICT, Financi\u00ebn en HR eerst.",
                        eligibility(Set.of(), Set.of(), false),
                        DeliveryMode.ONLINE_SELF_PACED,
                        "Online",
                        Optional.of(30),
                        4,
                        new int[] {24, 26, 28},
                        30,
                        2,
                        (person, start, wave) ->
                                wave == 2 || inDepartment(person, start, Set.copyOf(third(present, wave))) ? 0.97 : 0),
                new Plan(
                        "AI-geletterdheid",
                        ProgrammeType.AI_LITERACY,
                        "Basiskennis van AI en verantwoord gebruik (AI-verordening).",
                        "Directeur ICT",
                        "Vrijwillige aanmelding van kantoor- en specialistfuncties; vooral kort in dienst.",
                        eligibility(Set.of(), labels(JobGroup.OFFICE, JobGroup.PROFESSIONAL), false),
                        DeliveryMode.ONLINE_SELF_PACED,
                        "Online",
                        Optional.empty(),
                        3,
                        new int[] {27, 30},
                        28,
                        8,
                        (person, start, wave) -> 0.06 + (DemoHistory.tenureYears(person, start) < 4 ? 0.35 : 0)),
                new Plan(
                        "Samen sterker in teams",
                        ProgrammeType.SOFT_SKILLS,
                        "Teamtraining samenwerken, feedback en afspraken nakomen.",
                        "Directeur Operatie",
                        "Hele teams van Klantenservice en Operatie, aangewezen door de directie.",
                        eligibility(Set.of(), Set.of(), false),
                        DeliveryMode.CLASSROOM,
                        "Zwolle",
                        Optional.empty(),
                        3,
                        new int[] {18, 24},
                        45,
                        12,
                        (person, start, wave) -> inUnit(person, start, DemoStructure.teamCode(1, wave))
                                        || inUnit(person, start, DemoStructure.teamCode(2, wave))
                                ? 0.9
                                : 0),
                new Plan(
                        "Projectmatig werken",
                        ProgrammeType.OTHER,
                        "Methodisch projecten plannen en afronden.",
                        "Algemeen directeur",
                        "Specialisten voorgedragen door hun manager, vooral wie al hoger ingeschaald is.",
                        eligibility(Set.of(), labels(JobGroup.PROFESSIONAL), false),
                        DeliveryMode.BLENDED,
                        "Utrecht",
                        Optional.empty(),
                        3,
                        new int[] {18, 24},
                        60,
                        16,
                        (person, start, wave) -> 0.03 + 0.45 * clamp((salaryRatio(person, start) - 1.0) / 0.15)));
    }

    private static DemoOrganisation.Eligibility eligibility(
            Set<String> departments, Set<String> jobGroups, boolean newHires) {
        return new DemoOrganisation.Eligibility(departments, jobGroups, newHires);
    }

    private static Set<String> labels(JobGroup... groups) {
        return Arrays.stream(groups).map(group -> group.label).collect(Collectors.toSet());
    }

    private static List<String> third(List<String> departments, int wave) {
        int size = Math.max(1, departments.size() / 3);
        return departments.subList(
                Math.min(wave * size, departments.size()), Math.min((wave + 1) * size, departments.size()));
    }

    private static DemoOrganisation.Period state(DemoOrganisation.Person person, LocalDate day) {
        return DemoHistory.on(person, day).orElseThrow();
    }

    private static boolean inDepartment(DemoOrganisation.Person person, LocalDate day, Set<String> departments) {
        return DemoHistory.department(state(person, day).unitCode())
                .filter(departments::contains)
                .isPresent();
    }

    private static boolean inUnit(DemoOrganisation.Person person, LocalDate day, String unit) {
        return state(person, day).unitCode().equals(unit);
    }

    private static boolean leads(DemoOrganisation.Person person, LocalDate day) {
        JobGroup group = JobGroup.byLabel(state(person, day).jobGroup());
        return group == JobGroup.SUPERVISOR || group == JobGroup.MANAGER;
    }

    private static boolean fullTime(DemoOrganisation.Person person, LocalDate day) {
        return state(person, day).fte().signum() > 0 && state(person, day).fte().compareTo(BigDecimal.ONE) >= 0;
    }

    private static double salaryRatio(DemoOrganisation.Person person, LocalDate day) {
        DemoOrganisation.Period period = state(person, day);
        return period.annualSalary().doubleValue()
                / JobGroup.byLabel(period.jobGroup()).targetSalary.doubleValue();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
