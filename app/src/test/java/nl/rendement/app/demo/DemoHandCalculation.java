package nl.rendement.app.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo programmes' ROI computed by hand from the generated files alone, independent of the
 * engine: plain sums and means over the CSV files, one recipe written out in docs/demo-data.md
 * ("Hand-calculated ROI"). Later issues check the product's figures against these.
 *
 * <p>Given control group, per cohort whose three months after the cohort's last month lie in the
 * history: the trained are its completers, the control group everyone in the KPI's file never
 * enrolled in the programme; a person's pre value is the KPI over the three months before the
 * cohort's first month, the post value over the three months after its last, each aggregated as
 * the KPI aggregates (sum: mean a month; weighted mean: Σ value·weight / Σ weight; ratio of sums:
 * Σ value / Σ weight); only people with data in both windows count. The cohort's effect is the
 * trained's mean change minus the control group's; the annual benefit Σ over cohorts of trained
 * with data × effect × 12 × the value of one unit a month. Teams (incidents) the same way with
 * teams: treated when at least half its members on the wave's first day completed in that wave,
 * control when none of its members has completed by the end of the post window, which ends
 * before any control team's first trained month. Onboarding has no pre period (new hires): the
 * difference of mean output in the first six whole months of tenure between trained new hires and
 * new hires never enrolled, over six months.
 */
final class DemoHandCalculation {

    /** The programme's money KPI, and how its effect is isolated. */
    private static final Map<String, String> MONEY_KPI = Map.of(
            "onboarding", "output",
            "leadership", "productivity",
            "digital_learning", "digital-skills",
            "sales", "revenue",
            "wellbeing", "absence",
            "compliance", "incidents",
            "ai_literacy", "handling-time",
            "soft_skills", "csat",
            "other", "on-time");

    private static final double HOURS_PER_FTE_YEAR = 1600;
    private static final double EMPLOYER_COSTS = 0.30;
    private static final double USD_IN_EUR = 0.92;
    private static final String SURVEY_FILE = "demo-survey-responses.csv";

    /** One programme's result. */
    record Result(
            String programme,
            String kpi,
            int cohorts,
            int trained,
            int control,
            double effect,
            double preSmd,
            double benefit,
            double ledgerCosts,
            double participantTime,
            double reimbursed,
            Estimates estimates) {

        double costs() {
            return ledgerCosts + participantTime;
        }

        double roi() {
            return (benefit - costs()) / costs() * 100;
        }

        double estimateRoi() {
            return (estimates.benefit() - costs()) / costs() * 100;
        }
    }

    /**
     * The level 3 estimates of a programme: responses with an estimate, those left out for want of a
     * basis or as extreme, and the annual benefit of the rest.
     */
    record Estimates(int given, int withoutBasis, int extreme, double benefit) {}

    private final Map<String, byte[]> files;
    private final Map<String, String> programmeTypes = new LinkedHashMap<>();
    private final List<NamedCsvRecord> participants;
    private final Map<String, LocalDate> hired = new HashMap<>();
    private final Map<String, LocalDate> exits = new HashMap<>();
    private final Map<String, List<NamedCsvRecord>> periods;
    private final List<NamedCsvRecord> ledgerLines;
    private final List<NamedCsvRecord> kpiDefinitions;
    private final List<NamedCsvRecord> survey;
    private final YearMonth lastMonth;

    DemoHandCalculation(Map<String, byte[]> files, YearMonth lastMonth) {
        this.files = files;
        this.lastMonth = lastMonth;
        read("programmes.csv").forEach(row -> programmeTypes.put(row.getField("name"), row.getField("type")));
        participants = read("participants.csv");
        for (NamedCsvRecord row : read("employees.csv")) {
            hired.put(row.getField("employee_number"), LocalDate.parse(row.getField("hire_date")));
            if (!row.getField("exit_date").isEmpty()) {
                exits.put(row.getField("employee_number"), LocalDate.parse(row.getField("exit_date")));
            }
        }
        periods = read("employee_periods.csv").stream()
                .collect(Collectors.groupingBy(row -> row.getField("employee_number")));
        ledgerLines = read(DemoCostLedger.FILE_NAME);
        kpiDefinitions = read(DemoKpis.DEFINITIONS_FILE);
        survey = read(SURVEY_FILE);
    }

    List<Result> results() {
        List<Result> results = new ArrayList<>();
        programmeTypes.forEach((programme, type) -> results.add(result(programme, type)));
        return results;
    }

    private Result result(String programme, String type) {
        String kpi = MONEY_KPI.get(type);
        Definition definition = definition(kpi);
        List<NamedCsvRecord> enrolled = participants.stream()
                .filter(row -> row.getField("programme").equals(programme))
                .toList();
        Isolated isolated = switch (type) {
            case "onboarding" -> newHires(enrolled, definition);
            case "compliance" -> teams(enrolled, definition);
            default -> people(enrolled, definition);
        };
        double better = definition.lowerIsBetter ? -1 : 1;
        double benefit = better * isolated.unitMonths * definition.value;
        Costs costs = costs(programme, enrolled);
        return new Result(
                programme,
                kpi,
                isolated.cohorts,
                isolated.trained,
                isolated.control,
                isolated.trained == 0 ? 0 : isolated.unitMonths / isolated.trained / isolated.months,
                isolated.preSmd,
                benefit,
                costs.ledger,
                costs.participantTime,
                costs.reimbursed,
                estimates(programme, definition));
    }

    /**
     * Phillips' estimates: each counted improvement × attribution × confidence × 12 × the value of a
     * unit a month, summed over respondents (non-respondents add 0). Left out: an estimate without a
     * basis, and one above 3 × the median of the programme's estimates with a basis of the same role
     * when at least 5 such estimates exist.
     */
    private Estimates estimates(String programme, Definition definition) {
        Map<String, NamedCsvRecord> byResponse = new LinkedHashMap<>();
        for (NamedCsvRecord row : survey) {
            if (row.getField("programme").equals(programme)
                    && row.getField("level").equals("3")
                    && !row.getField("improvement").isEmpty()) {
                byResponse.put(row.getField("response id"), row);
            }
        }
        List<NamedCsvRecord> estimates = List.copyOf(byResponse.values());
        int withoutBasis = (int) estimates.stream()
                .filter(row -> row.getField("basis").isBlank())
                .count();
        Map<String, List<Double>> supported = estimates.stream()
                .filter(row -> !row.getField("basis").isBlank())
                .collect(Collectors.groupingBy(
                        DemoHandCalculation::role,
                        Collectors.mapping(
                                row -> Double.parseDouble(row.getField("improvement")), Collectors.toList())));
        int extreme = 0;
        double benefit = 0;
        for (NamedCsvRecord row : estimates) {
            if (row.getField("basis").isBlank()) {
                continue;
            }
            double improvement = Double.parseDouble(row.getField("improvement"));
            List<Double> peers = supported.get(role(row));
            if (peers.size() >= 5 && median(peers) > 0 && improvement > 3 * median(peers)) {
                extreme++;
                continue;
            }
            benefit += improvement
                    * percent(row.getField("attribution"))
                    * percent(row.getField("confidence"))
                    * 12
                    * definition.value;
        }
        return new Estimates(estimates.size(), withoutBasis, extreme, benefit);
    }

    private static String role(NamedCsvRecord row) {
        return row.getField("role").isBlank() ? "participant" : row.getField("role");
    }

    private static double percent(String text) {
        return Double.parseDouble(text.replace("%", "").strip()) / 100;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Σ trained × effect × months over cohorts, with counts and the trained-weighted pre-period SMD. */
    private record Isolated(int cohorts, int trained, int control, double unitMonths, int months, double preSmd) {}

    /** Cohorts' {pre, post} pairs of the trained and their control group, pooled by the trained's number. */
    private static final class Pooled {
        private int cohorts;
        private int trained;
        private final Set<String> control = new HashSet<>();
        private double unitMonths;
        private double smd;

        void add(List<double[]> t, List<double[]> c, Set<String> controls) {
            if (t.isEmpty() || c.isEmpty()) {
                return;
            }
            cohorts++;
            control.addAll(controls);
            double effect = mean(t, pp -> pp[1] - pp[0]) - mean(c, pp -> pp[1] - pp[0]);
            trained += t.size();
            unitMonths += t.size() * effect * 12;
            smd += t.size() * DemoHandCalculation.smd(t, c);
        }

        Isolated isolated() {
            return new Isolated(cohorts, trained, control.size(), unitMonths, 12, trained == 0 ? 0 : smd / trained);
        }
    }

    private Isolated people(List<NamedCsvRecord> enrolled, Definition definition) {
        Map<String, Map<YearMonth, double[]>> data = observations(definition.code, "employee number");
        Set<String> everEnrolled =
                enrolled.stream().map(row -> row.getField("employee_number")).collect(Collectors.toSet());
        Pooled pooled = new Pooled();
        for (Map.Entry<String, List<NamedCsvRecord>> cohort : byCohort(enrolled).entrySet()) {
            YearMonth start =
                    YearMonth.from(LocalDate.parse(cohort.getValue().get(0).getField("cohort_start")));
            YearMonth end =
                    YearMonth.from(LocalDate.parse(cohort.getValue().get(0).getField("cohort_end")));
            if (end.plusMonths(3).isAfter(lastMonth)) {
                continue;
            }
            List<double[]> t = new ArrayList<>();
            for (NamedCsvRecord row : cohort.getValue()) {
                if (row.getField("status").equals("completed")) {
                    change(data.get(row.getField("employee_number")), start, end, definition)
                            .ifPresent(t::add);
                }
            }
            List<double[]> c = new ArrayList<>();
            Set<String> control = new HashSet<>();
            data.forEach((person, months) -> {
                if (!everEnrolled.contains(person)) {
                    change(months, start, end, definition).ifPresent(prePost -> {
                        c.add(prePost);
                        control.add(person);
                    });
                }
            });
            pooled.add(t, c, control);
        }
        return pooled.isolated();
    }

    private Isolated newHires(List<NamedCsvRecord> enrolled, Definition definition) {
        Map<String, Map<YearMonth, double[]>> data = observations(definition.code, "employee number");
        Set<String> everEnrolled =
                enrolled.stream().map(row -> row.getField("employee_number")).collect(Collectors.toSet());
        Set<String> completers = enrolled.stream()
                .filter(row -> row.getField("status").equals("completed"))
                .map(row -> row.getField("employee_number"))
                .collect(Collectors.toSet());
        YearMonth historyStart = lastMonth.minusMonths(DemoSpec.MONTHS - 1);
        List<double[]> t = new ArrayList<>();
        List<double[]> c = new ArrayList<>();
        data.forEach((person, months) -> {
            YearMonth firstWhole =
                    YearMonth.from(hired.get(person).minusDays(1)).plusMonths(1);
            if (firstWhole.isBefore(historyStart.plusMonths(1))
                    || firstWhole.plusMonths(5).isAfter(lastMonth)) {
                return;
            }
            double sum = 0;
            int count = 0;
            for (int m = 0; m < 6; m++) {
                double[] observed = months.get(firstWhole.plusMonths(m));
                if (observed != null) {
                    sum += observed[0];
                    count++;
                }
            }
            if (count == 0) {
                return;
            }
            double[] post = {0, sum / count};
            if (completers.contains(person)) {
                t.add(post);
            } else if (!everEnrolled.contains(person)) {
                c.add(post);
            }
        });
        double effect = mean(t, pp -> pp[1]) - mean(c, pp -> pp[1]);
        return new Isolated(1, t.size(), c.size(), t.size() * effect * 6, 6, Double.NaN);
    }

    private Isolated teams(List<NamedCsvRecord> enrolled, Definition definition) {
        Map<String, Map<YearMonth, double[]>> data = observations(definition.code, "team");
        Map<String, YearMonth> completedIn = new HashMap<>();
        enrolled.stream()
                .filter(row -> row.getField("status").equals("completed"))
                .forEach(row -> completedIn.put(
                        row.getField("employee_number"),
                        YearMonth.from(LocalDate.parse(row.getField("completed_on")))));
        Pooled pooled = new Pooled();
        for (Map.Entry<String, List<NamedCsvRecord>> cohort : byCohort(enrolled).entrySet()) {
            LocalDate first = LocalDate.parse(cohort.getValue().get(0).getField("cohort_start"));
            YearMonth start = YearMonth.from(first);
            YearMonth end =
                    YearMonth.from(LocalDate.parse(cohort.getValue().get(0).getField("cohort_end")));
            Set<String> wave = cohort.getValue().stream()
                    .filter(row -> row.getField("status").equals("completed"))
                    .map(row -> row.getField("employee_number"))
                    .collect(Collectors.toSet());
            Map<String, List<String>> members = membersOn(first);
            List<String> treated = new ArrayList<>();
            List<String> control = new ArrayList<>();
            YearMonth firstControlEffect = YearMonth.of(9999, 12);
            for (Map.Entry<String, List<String>> team : members.entrySet()) {
                long inWave = team.getValue().stream().filter(wave::contains).count();
                if (inWave * 2 >= team.getValue().size()) {
                    treated.add(team.getKey());
                }
            }
            YearMonth postEnd = end.plusMonths(3).isAfter(lastMonth) ? lastMonth : end.plusMonths(3);
            for (Map.Entry<String, List<String>> team : members.entrySet()) {
                YearMonth earliest = team.getValue().stream()
                        .map(completedIn::get)
                        .filter(Objects::nonNull)
                        .min(YearMonth::compareTo)
                        .orElse(YearMonth.of(9999, 12));
                if (!treated.contains(team.getKey()) && earliest.isAfter(end)) {
                    control.add(team.getKey());
                    if (earliest.plusMonths(1).isBefore(firstControlEffect)) {
                        firstControlEffect = earliest.plusMonths(1);
                    }
                }
            }
            if (!firstControlEffect.isAfter(postEnd)) {
                postEnd = firstControlEffect.minusMonths(1);
            }
            if (treated.isEmpty() || control.isEmpty() || !postEnd.isAfter(end)) {
                continue;
            }
            YearMonth last = postEnd;
            List<double[]> t = treated.stream()
                    .flatMap(team -> window(data.get(team), start, end, last, definition).stream())
                    .toList();
            List<double[]> c = control.stream()
                    .flatMap(team -> window(data.get(team), start, end, last, definition).stream())
                    .toList();
            pooled.add(t, c, Set.copyOf(control));
        }
        return pooled.isolated();
    }

    /** Each team's members (by employee number) on the day, from the periods file. */
    private Map<String, List<String>> membersOn(LocalDate day) {
        Map<String, List<String>> members = new TreeMap<>();
        periods.forEach((person, rows) -> {
            NamedCsvRecord current = null;
            for (NamedCsvRecord row : rows) {
                if (!LocalDate.parse(row.getField("valid_from")).isAfter(day)) {
                    current = row;
                }
            }
            if (current != null
                    && employedOn(person, day)
                    && current.getField("unit").contains("-T")) {
                members.computeIfAbsent(current.getField("unit"), unit -> new ArrayList<>())
                        .add(person);
            }
        });
        return members;
    }

    private boolean employedOn(String person, LocalDate day) {
        return !hired.get(person).isAfter(day)
                && exits.getOrDefault(person, LocalDate.MAX).compareTo(day) >= 0;
    }

    private Optional<double[]> change(
            Map<YearMonth, double[]> months, YearMonth start, YearMonth end, Definition definition) {
        return window(months, start, end, end.plusMonths(3), definition);
    }

    /** {pre, post}: the KPI over the three months before {@code start} and from after {@code end} to {@code last}. */
    private static Optional<double[]> window(
            Map<YearMonth, double[]> months, YearMonth start, YearMonth end, YearMonth last, Definition definition) {
        if (months == null) {
            return Optional.empty();
        }
        double[] pre = aggregate(months, start.minusMonths(3), start.minusMonths(1), definition);
        double[] post = aggregate(months, end.plusMonths(1), last, definition);
        if (Double.isNaN(pre[0]) || Double.isNaN(post[0])) {
            return Optional.empty();
        }
        return Optional.of(new double[] {pre[0], post[0]});
    }

    private static double[] aggregate(
            Map<YearMonth, double[]> months, YearMonth from, YearMonth to, Definition definition) {
        double values = 0;
        double weights = 0;
        int count = 0;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            double[] observed = months.get(month);
            if (observed == null) {
                continue;
            }
            count++;
            switch (definition.aggregation) {
                case "sum" -> values += observed[0];
                case "weighted mean" -> {
                    values += observed[0] * observed[1];
                    weights += observed[1];
                }
                default -> {
                    values += observed[0];
                    weights += observed[1];
                }
            }
        }
        if (count == 0 || (!definition.aggregation.equals("sum") && weights == 0)) {
            return new double[] {Double.NaN};
        }
        return new double[] {definition.aggregation.equals("sum") ? values / count : values / weights};
    }

    /** Ledger lines in euros without VAT (prorated ones for everyone enrolled), and participants' time. */
    private record Costs(double ledger, double participantTime, double reimbursed) {}

    private Costs costs(String programme, List<NamedCsvRecord> enrolled) {
        double ledger = 0;
        double reimbursed = 0;
        for (NamedCsvRecord line : ledgerLines) {
            if (!line.getField("programme").equals(programme)) {
                continue;
            }
            double amount = Double.parseDouble(line.getField("amount"))
                    * (line.getField("currency").equals("USD") ? USD_IN_EUR : 1);
            if (!line.getField("expected participants").isEmpty()) {
                amount = amount / Double.parseDouble(line.getField("expected participants")) * enrolled.size();
            }
            if (line.getField("category").equals("reimbursement")) {
                reimbursed += amount;
            } else {
                ledger += amount;
            }
        }
        double time = 0;
        for (NamedCsvRecord row : enrolled) {
            LocalDate start = LocalDate.parse(row.getField("cohort_start"));
            NamedCsvRecord period = null;
            for (NamedCsvRecord candidate : periods.get(row.getField("employee_number"))) {
                if (!LocalDate.parse(candidate.getField("valid_from")).isAfter(start)) {
                    period = candidate;
                }
            }
            double hourly =
                    Double.parseDouble(period.getField("annual_salary")) * (1 + EMPLOYER_COSTS) / HOURS_PER_FTE_YEAR;
            time += Double.parseDouble(row.getField("hours")) * hourly;
        }
        return new Costs(ledger, time, reimbursed);
    }

    private record Definition(String code, String aggregation, boolean lowerIsBetter, double value) {}

    private Definition definition(String code) {
        NamedCsvRecord row = kpiDefinitions.stream()
                .filter(candidate -> candidate.getField("code").equals(code))
                .findFirst()
                .orElseThrow();
        double value = DemoKpis.DEFINITIONS.stream()
                .filter(definition -> definition.code().equals(code))
                .findFirst()
                .orElseThrow()
                .valuePerUnit()
                .orElseThrow()
                .doubleValue();
        return new Definition(
                code, row.getField("aggregation"), row.getField("direction").startsWith("lower"), value);
    }

    /** KPI → subject → month → {value, weight}. */
    private Map<String, Map<YearMonth, double[]>> observations(String code, String subjectColumn) {
        Map<String, Map<YearMonth, double[]>> data = new HashMap<>();
        for (NamedCsvRecord row : read(DemoKpis.fileName(code))) {
            String weight = row.getField("weight");
            data.computeIfAbsent(row.getField(subjectColumn), subject -> new HashMap<>())
                    .put(YearMonth.from(LocalDate.parse(row.getField("period start"))), new double[] {
                        Double.parseDouble(row.getField("value")), weight.isEmpty() ? 1 : Double.parseDouble(weight)
                    });
        }
        return data;
    }

    private static Map<String, List<NamedCsvRecord>> byCohort(List<NamedCsvRecord> enrolled) {
        return enrolled.stream()
                .collect(Collectors.groupingBy(row -> row.getField("cohort"), TreeMap::new, Collectors.toList()));
    }

    private static double mean(List<double[]> rows, Function<double[], Double> value) {
        return rows.stream().mapToDouble(value::apply).average().orElse(Double.NaN);
    }

    /** Standardised mean difference of the pre values: (mean T − mean C) / √((var T + var C) / 2). */
    private static double smd(List<double[]> t, List<double[]> c) {
        double mt = mean(t, pp -> pp[0]);
        double mc = mean(c, pp -> pp[0]);
        double vt = t.stream().mapToDouble(pp -> (pp[0] - mt) * (pp[0] - mt)).sum() / Math.max(1, t.size() - 1);
        double vc = c.stream().mapToDouble(pp -> (pp[0] - mc) * (pp[0] - mc)).sum() / Math.max(1, c.size() - 1);
        return (mt - mc) / Math.sqrt((vt + vc) / 2);
    }

    private List<NamedCsvRecord> read(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new IllegalStateException("No generated file " + name);
        }
        try (CsvReader<NamedCsvRecord> reader =
                CsvReader.builder().fieldSeparator(';').ofNamedCsvRecord(new String(content, StandardCharsets.UTF_8))) {
            return reader.stream().toList();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** The results as the Markdown table in docs/demo-data.md. */
    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder(
                "| programme | KPI | cohorts | trained | control | effect a month | pre SMD | annual benefit | costs | ROI"
                        + " | estimates | no basis | extreme | estimated benefit | estimate ROI |\n"
                        + "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Result result : results) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | `%s` | %d | %d | %d | %.4f | %s | %,.0f | %,.0f | %.1f%% | %d | %d | %d | %,.0f | %.1f%% |%n",
                    result.programme(),
                    result.kpi(),
                    result.cohorts(),
                    result.trained(),
                    result.control(),
                    result.effect(),
                    Double.isNaN(result.preSmd()) ? "n/a" : String.format(Locale.ROOT, "%.2f", result.preSmd()),
                    result.benefit(),
                    result.costs(),
                    result.roi(),
                    result.estimates().given(),
                    result.estimates().withoutBasis(),
                    result.estimates().extreme(),
                    result.estimates().benefit(),
                    result.estimateRoi()));
        }
        return table.toString();
    }
}
