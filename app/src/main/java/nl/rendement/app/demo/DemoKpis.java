package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.ProgrammeType;

/**
 * The demo's business KPIs as the organisation's systems would export them: their definitions, and
 * per KPI a file of monthly observations per person (or per team, for security incidents), in the
 * kpi-definitions and kpi-observations import formats. A person is observed in the months they
 * worked whole. Each KPI has its own random stream from the demo's seed; the effects the programmes
 * have on them are {@link DemoTruth}'s, the levels, noise and selection traps are documented in
 * docs/demo-data.md and in the truth file.
 */
final class DemoKpis {

    static final String DEFINITIONS_FILE = "demo-kpi-definitions.csv";

    static final List<String> DEFINITION_HEADER = List.of(
            "code",
            "name",
            "unit",
            "direction",
            "aggregation",
            "period",
            "threshold share",
            "description",
            "programme types",
            "value per unit",
            "value currency",
            "value technique",
            "value source",
            "value year",
            "value evidence");

    /** What the employee-time values rest on: where the saved time goes, as the engine asks. */
    static final Map<String, String> EVIDENCE = Map.of(
            "productivity", "Team leaders' planning 2025: the extra output goes to client work that was waiting.",
            "digital-skills", "Operations planning 2025: the minutes saved go to the case backlog.",
            "absence", "HR 2025: an hour not absent is an hour of work no temporary worker has to cover.",
            "handling-time", "Operations planning 2025: the minutes saved go to more cases from the backlog.");

    static final List<String> OBSERVATION_HEADER =
            List.of("kpi", "employee number", "team", "period start", "value", "weight");

    /**
     * A KPI as defined in Rendement's library: the programme types whose results it shows, and the
     * value of one unit of it for one person (or team) for one month as the demo's controller would
     * state it, how it was found and when (none for a KPI that is not converted).
     */
    record Definition(
            String code,
            String name,
            String unit,
            String direction,
            String aggregation,
            String thresholdShare,
            String description,
            String programmeTypes,
            Optional<BigDecimal> valuePerUnit,
            String technique,
            String valueBasis,
            int year) {}

    static final List<Definition> DEFINITIONS = List.of(
            new Definition(
                    "output",
                    "Productie per medewerker",
                    "afgehandelde eenheden per maand",
                    "higher is better",
                    "time to threshold",
                    "80%",
                    "Afgehandelde dossiers, orders en picks per medewerker uit het productiesysteem; uitvoerende en"
                            + " administratieve functies.",
                    "onboarding",
                    money("15.00"),
                    "output_as_contribution",
                    "Contribution of one handled unit (controller, 2025).",
                    2025),
            new Definition(
                    "productivity",
                    "Productiviteitsindex",
                    "index (100 = norm)",
                    "higher is better",
                    "weighted mean",
                    "",
                    "Maandelijkse productiviteitsindex van specialisten, teamleiders en managers, gewogen naar fte.",
                    "leadership",
                    money("55.00"),
                    "employee_time",
                    "One index point is 1% of a month's loaded salary cost of about 5,500 per FTE.",
                    2025),
            new Definition(
                    "digital-skills",
                    "Digitale vaardigheid",
                    "score 0-100",
                    "higher is better",
                    "weighted mean",
                    "",
                    "Score op het vaardighedenplatform, maandelijkse meting per medewerker.",
                    "digital_learning|ai_literacy",
                    money("3.00"),
                    "employee_time",
                    "One point saves about 4 minutes a month, at 45 an hour loaded, redeployed to casework.",
                    2025),
            new Definition(
                    "revenue",
                    "Omzet",
                    "euro per maand",
                    "higher is better",
                    "sum",
                    "",
                    "Gefactureerde omzet per verkoper uit het CRM (Verkoop en Klantenservice).",
                    "sales",
                    money("0.30"),
                    "output_as_contribution",
                    "Contribution margin: the lowest of the last three years (30%), never revenue.",
                    2025),
            new Definition(
                    "conversion",
                    "Offerteconversie",
                    "gewonnen offertes per verstuurde offerte",
                    "higher is better",
                    "ratio of sums",
                    "",
                    "Gewonnen offertes / verstuurde offertes per verkoper uit het CRM.",
                    "sales",
                    Optional.empty(),
                    "",
                    "Not converted: its money is in revenue, converting both would count it twice.",
                    0),
            new Definition(
                    "absence",
                    "Verzuimpercentage",
                    "verzuimde uren per contractuur",
                    "lower is better",
                    "ratio of sums",
                    "",
                    "Verzuimde contracturen / contracturen per medewerker per maand, uit de verzuimregistratie.",
                    "wellbeing",
                    money("6240.00"),
                    "employee_time",
                    "156 contract hours a month at 40 an hour loaded: one whole unit is a month fully absent.",
                    2025),
            new Definition(
                    "absence-frequency",
                    "Verzuimfrequentie",
                    "ziekmeldingen per maand",
                    "lower is better",
                    "sum",
                    "",
                    "Nieuwe ziekmeldingen per medewerker per maand.",
                    "wellbeing",
                    Optional.empty(),
                    "",
                    "Not converted: its money is in the absence percentage.",
                    0),
            new Definition(
                    "absence-duration",
                    "Verzuimduur",
                    "kalenderdagen per ziekmelding",
                    "lower is better",
                    "ratio of sums",
                    "",
                    "Kalenderdagen van de ziekmeldingen die in de maand begonnen / die ziekmeldingen.",
                    "wellbeing",
                    Optional.empty(),
                    "",
                    "Not converted: its money is in the absence percentage.",
                    0),
            new Definition(
                    "incidents",
                    "Beveiligingsincidenten",
                    "incidenten per team per maand",
                    "lower is better",
                    "sum",
                    "",
                    "Door medewerkers veroorzaakte beveiligingsincidenten per team, uit het incidentregister.",
                    "compliance",
                    money("1500.00"),
                    "cost_of_quality",
                    "Cost of handling one incident: IT time and recovery (historical cost, 2024).",
                    2024),
            new Definition(
                    "handling-time",
                    "Doorlooptijd per dossier",
                    "minuten per dossier",
                    "lower is better",
                    "ratio of sums",
                    "",
                    "Bestede minuten / afgehandelde dossiers per medewerker, uit het zaaksysteem.",
                    "ai_literacy|digital_learning",
                    money("45.00"),
                    "employee_time",
                    "About 60 cases a month at 0.75 a minute (45 an hour loaded), the time redeployed.",
                    2025),
            new Definition(
                    "csat",
                    "Klanttevredenheid",
                    "gemiddeld rapportcijfer (1-10)",
                    "higher is better",
                    "weighted mean",
                    "",
                    "Gemiddeld cijfer van klanten per medewerker, gewogen naar het aantal beoordelingen.",
                    "sales|soft_skills",
                    money("120.00"),
                    "linked_measure",
                    "Linked to retention: a point per employee-month keeps about 120 of contribution (churn model, 2025).",
                    2025),
            new Definition(
                    "on-time",
                    "Projecten op tijd",
                    "op tijd opgeleverde projecten per opgeleverd project",
                    "higher is better",
                    "ratio of sums",
                    "",
                    "Op tijd opgeleverde projecten / opgeleverde projecten per specialist, uit de projectadministratie.",
                    "other|soft_skills",
                    money("1800.00"),
                    "historical_cost",
                    "About 2 projects a month, each late one costing 900 in overrun (historical cost).",
                    2025));

    /** Quotes a month per FTE, and the size of a deal, in Verkoop and elsewhere. */
    static final int QUOTES_VERKOOP = 24;

    static final int QUOTES_ELSEWHERE = 10;
    static final int DEAL_VERKOOP = 1800;
    static final int DEAL_ELSEWHERE = 600;

    /** A month's chance that an absence spell starts: part-timers are absent more often. */
    static final double SPELL_CHANCE_PART_TIME = 0.095;

    static final double SPELL_CHANCE_FULL_TIME = 0.075;

    /** The share of long spells and their days (uniform); a short spell lasts 1 + Poisson(this) days. */
    static final double LONG_SPELL_SHARE = 0.03;

    static final int LONG_SPELL_MIN = 20;
    static final int LONG_SPELL_MAX = 60;
    static final double SHORT_SPELL_EXTRA_DAYS = 4;

    /**
     * The mean absent days a spell adds to its month's absence: a spell's days counted up to the
     * month's contract hours (52 / 12 weeks, 30 1/3 days): 0.97 x 5 + 0.03 x 28.90 = 5.72 days.
     */
    static final double SPELL_DAYS = (1 - LONG_SPELL_SHARE) * (1 + SHORT_SPELL_EXTRA_DAYS)
            + LONG_SPELL_SHARE
                    * IntStream.rangeClosed(LONG_SPELL_MIN, LONG_SPELL_MAX)
                            .mapToDouble(days -> Math.min(days, 7 * 52 / 12.0))
                            .sum()
                    / (LONG_SPELL_MAX - LONG_SPELL_MIN + 1);

    private static final long STREAM = 0x5EED_4B91L;

    private final DemoOrganisation organisation;
    private final Map<ProgrammeType, Map<String, YearMonth>> completed = new EnumMap<>(ProgrammeType.class);

    private DemoKpis(DemoOrganisation organisation) {
        this.organisation = organisation;
        for (DemoOrganisation.Programme programme : organisation.programmes()) {
            Map<String, YearMonth> months = new HashMap<>();
            programme.cohorts().stream()
                    .flatMap(cohort -> cohort.enrolments().stream())
                    .filter(enrolment -> enrolment.status() == ParticipantStatus.COMPLETED)
                    .forEach(enrolment -> months.put(
                            enrolment.employeeNumber(),
                            YearMonth.from(enrolment.completedOn().orElseThrow())));
            completed.put(programme.type(), months);
        }
    }

    static byte[] definitions() {
        return DemoCsv.csv(writer -> {
            writer.writeRecord(DEFINITION_HEADER);
            DEFINITIONS.forEach(definition -> writer.writeRecord(
                    definition.code(),
                    definition.name(),
                    definition.unit(),
                    definition.direction(),
                    definition.aggregation(),
                    "month",
                    definition.thresholdShare(),
                    definition.description(),
                    definition.programmeTypes(),
                    definition.valuePerUnit().map(BigDecimal::toPlainString).orElse(""),
                    definition.valuePerUnit().isPresent() ? "EUR" : "",
                    definition.technique(),
                    definition.valuePerUnit().isPresent() ? definition.valueBasis() : "",
                    definition.valuePerUnit().isPresent() ? String.valueOf(definition.year()) : "",
                    EVIDENCE.getOrDefault(definition.code(), "")));
        });
    }

    /** The observation files, by file name, in the order of the definitions. */
    static Map<String, byte[]> observations(DemoOrganisation organisation) {
        DemoKpis kpis = new DemoKpis(organisation);
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        DEFINITIONS.forEach(definition -> rows.put(definition.code(), new ArrayList<>()));
        kpis.output(rows.get("output"));
        kpis.productivity(rows.get("productivity"));
        kpis.digitalSkills(rows.get("digital-skills"));
        kpis.sales(rows.get("revenue"), rows.get("conversion"));
        kpis.absence(rows.get("absence"), rows.get("absence-frequency"), rows.get("absence-duration"));
        kpis.incidents(rows.get("incidents"));
        kpis.handlingTime(rows.get("handling-time"));
        kpis.csat(rows.get("csat"));
        kpis.onTime(rows.get("on-time"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        rows.forEach((code, list) -> files.put(fileName(code), DemoCsv.csv(writer -> {
            writer.writeRecord(OBSERVATION_HEADER);
            list.forEach(writer::writeRecord);
        })));
        return files;
    }

    static String fileName(String code) {
        return "demo-kpi-" + code + ".csv";
    }

    /** Onboarding: output ramps up over a new hire's first months; the trained ramp up faster. */
    private void output(List<List<String>> rows) {
        SplittableRandom random = stream(1);
        Map<String, Double> level = new HashMap<>();
        forEachPersonMonth((person, month, state) -> {
            if (!inGroup(state, JobGroup.ENTRY, JobGroup.OFFICE)) {
                return;
            }
            double own = level.computeIfAbsent(person.employeeNumber(), n -> 100 * (1 + 0.12 * gaussian(random)));
            boolean pilot = inDepartment(state, "D02", "D03");
            double tenure = ChronoUnit.DAYS.between(person.hireDate(), month.atDay(15)) / 30.44;
            double value = own * (pilot ? 0.9 : 1.0) * (1 - Math.exp(-tenure / 3))
                    + effect(ProgrammeType.ONBOARDING, "output", person, month)
                    + 0.06 * own * gaussian(random);
            rows.add(person(person, "output", month, decimal(Math.max(0, value), 0), ""));
        });
    }

    /** Leadership: productivity, higher for those paid above their scale (whom managers nominate). */
    private void productivity(List<List<String>> rows) {
        SplittableRandom random = stream(2);
        Map<String, Double> level = new HashMap<>();
        forEachPersonMonth((person, month, state) -> {
            if (!inGroup(state, JobGroup.PROFESSIONAL, JobGroup.SUPERVISOR, JobGroup.MANAGER)) {
                return;
            }
            double own = level.computeIfAbsent(
                    person.employeeNumber(), n -> 100 + 60 * (salaryRatio(state) - 1) + 4 * gaussian(random));
            double value = own + effect(ProgrammeType.LEADERSHIP, "productivity", person, month) + 3 * gaussian(random);
            rows.add(person(
                    person,
                    "productivity",
                    month,
                    decimal(value, 1),
                    state.fte().stripTrailingZeros().toPlainString()));
        });
    }

    /** Digital learning: a platform score that rises for everyone, higher for short tenure. */
    private void digitalSkills(List<List<String>> rows) {
        SplittableRandom random = stream(3);
        Map<String, Double> level = new HashMap<>();
        YearMonth first = organisation.spec().firstMonth();
        forEachPersonMonth((person, month, state) -> {
            double own = level.computeIfAbsent(
                    person.employeeNumber(),
                    n -> 50 + (DemoHistory.tenureYears(person, month.atDay(1)) < 3 ? 8 : 0) + 6 * gaussian(random));
            double value = own
                    + 0.1 * ChronoUnit.MONTHS.between(first, month)
                    + effect(ProgrammeType.DIGITAL_LEARNING, "digital-skills", person, month)
                    + 4 * gaussian(random);
            rows.add(person(person, "digital-skills", month, decimal(Math.max(0, Math.min(100, value)), 1), "1"));
        });
    }

    /** Sales: quotes sent (seasonal), won at the person's conversion plus the programme's effect. */
    private void sales(List<List<String>> revenue, List<List<String>> conversion) {
        SplittableRandom random = stream(4);
        Map<String, Double> own = new HashMap<>();
        forEachPersonMonth((person, month, state) -> {
            boolean verkoop = inDepartment(state, "D01");
            if (!verkoop && !inDepartment(state, "D02")) {
                return;
            }
            double chance = own.computeIfAbsent(
                    person.employeeNumber(), n -> Math.max(0.05, Math.min(0.6, 0.22 + 0.04 * gaussian(random))));
            double season = month.getMonthValue() == 12
                    ? 1.2
                    : month.getMonthValue() == 7 || month.getMonthValue() == 8 ? 0.8 : 1;
            int quotes = DemoDraws.poisson(
                    random, quotesPerFte(verkoop) * state.fte().doubleValue() * season);
            int won = DemoDraws.binomial(
                    random, quotes, chance + effect(ProgrammeType.SALES, "conversion", person, month));
            double deals = won * dealSize(verkoop) * (1 + 0.15 * gaussian(random));
            revenue.add(person(person, "revenue", month, decimal(Math.max(0, deals), 0), ""));
            if (quotes > 0) {
                conversion.add(person(person, "conversion", month, String.valueOf(won), String.valueOf(quotes)));
            }
        });
    }

    /** Wellbeing: absence spells (more often for part-timers), their hours and days. */
    private void absence(List<List<String>> share, List<List<String>> frequency, List<List<String>> duration) {
        SplittableRandom random = stream(5);
        forEachPersonMonth((person, month, state) -> {
            double chance = spellChance(state.fte().doubleValue())
                    * (1 + effect(ProgrammeType.WELLBEING, "absence-frequency", person, month));
            boolean spell = random.nextDouble() < chance;
            int days = !spell
                    ? 0
                    : random.nextDouble() < LONG_SPELL_SHARE
                            ? LONG_SPELL_MIN + random.nextInt(LONG_SPELL_MAX - LONG_SPELL_MIN + 1)
                            : 1 + DemoDraws.poisson(random, SHORT_SPELL_EXTRA_DAYS);
            BigDecimal monthHours = state.contractHours()
                    .multiply(BigDecimal.valueOf(52))
                    .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
            BigDecimal absent = state.contractHours()
                    .multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_EVEN)
                    .min(monthHours);
            share.add(person(person, "absence", month, absent.toPlainString(), monthHours.toPlainString()));
            frequency.add(person(person, "absence-frequency", month, spell ? "1" : "0", ""));
            if (spell) {
                duration.add(person(person, "absence-duration", month, String.valueOf(days), "1"));
            }
        });
    }

    /** Compliance: each team's incidents, from its members' rates (the trained cause fewer). */
    private void incidents(List<List<String>> rows) {
        SplittableRandom random = stream(6);
        Map<YearMonth, Map<String, List<DemoOrganisation.Person>>> members = DemoHistory.membersMidMonth(organisation);
        for (DemoOrganisation.Unit team : organisation.units()) {
            if (team.kind() != UnitKind.TEAM) {
                continue;
            }
            double base = incidentRate(team.code());
            for (YearMonth month = organisation.spec().firstMonth();
                    !month.isAfter(organisation.spec().lastMonth());
                    month = month.plusMonths(1)) {
                double rate = 0;
                for (DemoOrganisation.Person person : members.get(month).getOrDefault(team.code(), List.of())) {
                    rate += base * (1 + effect(ProgrammeType.COMPLIANCE, "incidents", person, month));
                }
                rows.add(List.of(
                        "incidents",
                        "",
                        team.code(),
                        month.atDay(1).toString(),
                        String.valueOf(DemoDraws.poisson(random, rate)),
                        ""));
            }
        }
    }

    /** AI literacy: minutes per case, falling by itself with tenure; the trained work faster. */
    private void handlingTime(List<List<String>> rows) {
        SplittableRandom random = stream(7);
        Map<String, Double> own = new HashMap<>();
        forEachPersonMonth((person, month, state) -> {
            if (!inGroup(state, JobGroup.OFFICE, JobGroup.PROFESSIONAL)) {
                return;
            }
            double minutes = own.computeIfAbsent(person.employeeNumber(), n -> 25 * (1 + 0.15 * gaussian(random)))
                    + 8 * Math.exp(-DemoHistory.tenureYears(person, month.atDay(15)) / 1.5)
                    + effect(ProgrammeType.AI_LITERACY, "handling-time", person, month)
                    + 2 * gaussian(random);
            int cases = DemoDraws.poisson(random, 60 * state.fte().doubleValue());
            if (cases > 0) {
                rows.add(person(
                        person,
                        "handling-time",
                        month,
                        decimal(cases * Math.max(5, minutes), 0),
                        String.valueOf(cases)));
            }
        });
    }

    /** Soft skills: customers' marks per employee of Klantenservice and Operatie. */
    private void csat(List<List<String>> rows) {
        SplittableRandom random = stream(8);
        Map<String, Double> own = new HashMap<>();
        forEachPersonMonth((person, month, state) -> {
            if (!inDepartment(state, "D02", "D03")) {
                return;
            }
            double level = own.computeIfAbsent(person.employeeNumber(), n -> 7.3 + 0.4 * gaussian(random));
            int ratings = DemoDraws.poisson(random, 25 * state.fte().doubleValue());
            if (ratings > 0) {
                double mean = level
                        + effect(ProgrammeType.SOFT_SKILLS, "csat", person, month)
                        + 1.5 * gaussian(random) / Math.sqrt(ratings);
                rows.add(person(
                        person, "csat", month, decimal(Math.max(1, Math.min(10, mean)), 2), String.valueOf(ratings)));
            }
        });
    }

    /** Project work: specialists' projects delivered and how many on time. */
    private void onTime(List<List<String>> rows) {
        SplittableRandom random = stream(9);
        Map<String, Double> own = new HashMap<>();
        forEachPersonMonth((person, month, state) -> {
            if (!inGroup(state, JobGroup.PROFESSIONAL)) {
                return;
            }
            double chance = own.computeIfAbsent(
                    person.employeeNumber(),
                    n -> Math.max(0.1, Math.min(0.9, 0.6 + 0.5 * (salaryRatio(state) - 1) + 0.08 * gaussian(random))));
            int delivered = DemoDraws.poisson(random, 2);
            int onTime = DemoDraws.binomial(
                    random, delivered, chance + effect(ProgrammeType.OTHER, "on-time", person, month));
            if (delivered > 0) {
                rows.add(person(person, "on-time", month, String.valueOf(onTime), String.valueOf(delivered)));
            }
        });
    }

    static int quotesPerFte(boolean verkoop) {
        return verkoop ? QUOTES_VERKOOP : QUOTES_ELSEWHERE;
    }

    static int dealSize(boolean verkoop) {
        return verkoop ? DEAL_VERKOOP : DEAL_ELSEWHERE;
    }

    static double spellChance(double fte) {
        return fte < 1 ? SPELL_CHANCE_PART_TIME : SPELL_CHANCE_FULL_TIME;
    }

    /** A month's security incidents a person in the unit causes: half as many in ICT (D07). */
    static double incidentRate(String unitCode) {
        return DemoHistory.department(unitCode).filter("D07"::equals).isPresent() ? 0.015 : 0.03;
    }

    interface PersonMonth {
        void accept(DemoOrganisation.Person person, YearMonth month, DemoOrganisation.Period state);
    }

    /** Every person's months worked whole, people in order, months in order, with their state mid-month. */
    private void forEachPersonMonth(PersonMonth action) {
        for (DemoOrganisation.Person person : organisation.people()) {
            for (YearMonth month = organisation.spec().firstMonth();
                    !month.isAfter(organisation.spec().lastMonth());
                    month = month.plusMonths(1)) {
                if (workedWhole(person, month)) {
                    action.accept(
                            person,
                            month,
                            DemoHistory.on(person, month.atDay(15)).orElseThrow());
                }
            }
        }
    }

    static boolean workedWhole(DemoOrganisation.Person person, YearMonth month) {
        return !person.hireDate().isAfter(month.atDay(1))
                && person.exit()
                        .map(exit -> !exit.lastDay().isBefore(month.atEndOfMonth()))
                        .orElse(true);
    }

    /** The programme's planted effect on the KPI for the person in the month: 0 unless they completed it before. */
    private double effect(ProgrammeType type, String kpi, DemoOrganisation.Person person, YearMonth month) {
        YearMonth done = completed.get(type).get(person.employeeNumber());
        return done == null ? 0 : DemoTruth.effect(type, kpi).at(ChronoUnit.MONTHS.between(done, month));
    }

    private SplittableRandom stream(int kpi) {
        return new SplittableRandom(organisation.spec().seed() ^ STREAM ^ ((long) kpi << 40));
    }

    private static double gaussian(SplittableRandom random) {
        return DemoDraws.gaussian(random);
    }

    private static boolean inGroup(DemoOrganisation.Period state, JobGroup... groups) {
        JobGroup group = JobGroup.byLabel(state.jobGroup());
        for (JobGroup candidate : groups) {
            if (candidate == group) {
                return true;
            }
        }
        return false;
    }

    private static boolean inDepartment(DemoOrganisation.Period state, String... departments) {
        String department = DemoHistory.department(state.unitCode()).orElse("");
        for (String candidate : departments) {
            if (candidate.equals(department)) {
                return true;
            }
        }
        return false;
    }

    private static double salaryRatio(DemoOrganisation.Period state) {
        return state.annualSalary().doubleValue()
                / JobGroup.byLabel(state.jobGroup()).targetSalary.doubleValue();
    }

    private static List<String> person(
            DemoOrganisation.Person person, String kpi, YearMonth month, String value, String weight) {
        return List.of(kpi, person.employeeNumber(), "", month.atDay(1).toString(), value, weight);
    }

    private static String decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static Optional<BigDecimal> money(String amount) {
        return Optional.of(new BigDecimal(amount));
    }
}
