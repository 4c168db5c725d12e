package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import nl.rendement.app.programme.ProgrammeType;

/**
 * The demo programmes' cost ledger as a finance department exports it, in the cost-lines import
 * format (English headers): per programme every category of Phillips' fully loaded costs, delivery
 * and participants' travel per cohort, one acquisition in US dollars (an American e-learning
 * vendor), design and development prorated over the participants expected in the programme's
 * life, and a reimbursement from a sector training fund. Deterministic: its own random stream from
 * the demo's seed, so the organisation's stream is untouched. Participants' salaries for their
 * time in training are not ledger lines: the evaluation derives them from HR data.
 */
final class DemoCostLedger {

    static final String FILE_NAME = "demo-cost-lines.csv";

    /** The one foreign currency of the ledger, and its rate into euros (the demo's reporting currency). */
    static final String FOREIGN = "USD";

    static final BigDecimal FOREIGN_RATE = new BigDecimal("0.9200");

    static final List<String> HEADER = List.of(
            "programme",
            "id",
            "category",
            "description",
            "amount",
            "vat",
            "currency",
            "recurrence",
            "expected participants",
            "date");

    private static final BigDecimal VAT = new BigDecimal("0.21");
    private static final BigDecimal OVERHEAD = new BigDecimal("0.08");
    private static final long STREAM = 0x5EED_C057L;

    private final SplittableRandom random;
    private final List<List<String>> lines = new ArrayList<>();
    private boolean foreignWritten;

    private DemoCostLedger(long seed) {
        this.random = new SplittableRandom(seed ^ STREAM);
    }

    /** The ledger of the organisation's programmes as a CSV file, lines in programme order. */
    static byte[] csv(DemoOrganisation organisation) {
        DemoCostLedger ledger = new DemoCostLedger(organisation.spec().seed());
        organisation.programmes().forEach(ledger::programme);
        return DemoCsv.csv(writer -> {
            writer.writeRecord(HEADER);
            ledger.lines.forEach(writer::writeRecord);
        });
    }

    private void programme(DemoOrganisation.Programme programme) {
        List<DemoOrganisation.Cohort> cohorts = programme.cohorts().stream()
                .sorted(Comparator.comparing(DemoOrganisation.Cohort::start))
                .toList();
        if (cohorts.isEmpty()) {
            return;
        }
        LocalDate first = cohorts.get(0).start();
        LocalDate last = cohorts.get(cohorts.size() - 1).end();
        int enrolled = cohorts.stream().mapToInt(c -> c.enrolments().size()).sum();
        String name = programme.name();
        String code = code(programme.type());
        BigDecimal direct = BigDecimal.ZERO;

        direct = direct.add(external(
                name,
                code + "-NA",
                "needs_assessment",
                "Needs analysis by an external consultant",
                amount(2_000, 6_000),
                "one_time",
                "",
                first.minusDays(60)));
        int expected = Math.max(enrolled, (int) Math.round(enrolled * 1.5));
        direct = direct.add(external(
                name,
                code + "-DD",
                "design_and_development",
                "Design and development of the programme, shared over its expected participants",
                amount(8_000, 30_000),
                "one_time",
                String.valueOf(expected),
                first.minusDays(30)));
        boolean foreign = !foreignWritten
                && (programme.type() == ProgrammeType.DIGITAL_LEARNING
                        || programme.type() == ProgrammeType.AI_LITERACY);
        if (foreign) {
            foreignWritten = true;
            add(
                    name,
                    code + "-ACQ",
                    "acquisition",
                    "E-learning licences from a US vendor",
                    amount(4_000, 9_000),
                    "",
                    FOREIGN,
                    "one_time",
                    "",
                    first.minusDays(14));
        } else {
            direct = direct.add(external(
                    name,
                    code + "-ACQ",
                    "acquisition",
                    "Materials and licences",
                    amount(500, 3_000),
                    "one_time",
                    "",
                    first.minusDays(14)));
        }
        BigDecimal delivery = BigDecimal.ZERO;
        for (int index = 0; index < cohorts.size(); index++) {
            DemoOrganisation.Cohort cohort = cohorts.get(index);
            String id = code + "-C" + (index + 1);
            // a training day a week of the cohort's run, one to five
            int days = (int) Math.max(1, Math.min(5, ChronoUnit.DAYS.between(cohort.start(), cohort.end()) / 7 + 1));
            BigDecimal trainer = amount(1_100, 1_600).multiply(BigDecimal.valueOf(days));
            delivery = delivery.add(trainer);
            external(
                    name,
                    id + "-DEL",
                    "delivery",
                    "Trainer, " + days + " day(s), cohort " + cohort.name(),
                    trainer,
                    "one_time",
                    "",
                    cohort.start());
            BigDecimal travel = amount(40, 120)
                    .multiply(BigDecimal.valueOf(cohort.enrolments().size()));
            add(
                    name,
                    id + "-PT",
                    "participant_time",
                    "Participants' travel and meals, cohort " + cohort.name(),
                    travel,
                    "",
                    "",
                    "one_time",
                    "",
                    cohort.end());
            direct = direct.add(travel);
        }
        direct = direct.add(delivery);
        add(
                name,
                code + "-CAP",
                "capital",
                "Share of the training room fit-out, depreciated yearly",
                amount(1_000, 3_000),
                "",
                "",
                "yearly",
                "",
                first);
        add(
                name,
                code + "-OH",
                "overhead",
                "L&D department overhead: 8% of the direct costs",
                direct.multiply(OVERHEAD).setScale(2, RoundingMode.HALF_UP),
                "",
                "",
                "one_time",
                "",
                last);
        external(
                name,
                code + "-EV",
                "evaluation_and_reporting",
                "Evaluation and reporting",
                amount(1_500, 5_000),
                "one_time",
                "",
                last);
        if (programme.type() == ProgrammeType.LEADERSHIP) {
            add(
                    name,
                    code + "-REIMB",
                    "reimbursement",
                    "Contribution of the sector training fund (O&O-fonds)",
                    delivery.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP),
                    "",
                    "",
                    "one_time",
                    "",
                    last);
        }
    }

    /** An invoice from a supplier: VAT of 21% beside the amount. */
    private BigDecimal external(
            String programme,
            String id,
            String category,
            String description,
            BigDecimal amount,
            String recurrence,
            String expected,
            LocalDate date) {
        String vat = amount.multiply(VAT).setScale(2, RoundingMode.HALF_UP).toPlainString();
        add(programme, id, category, description, amount, vat, "", recurrence, expected, date);
        return amount;
    }

    private void add(
            String programme,
            String id,
            String category,
            String description,
            BigDecimal amount,
            String vat,
            String currency,
            String recurrence,
            String expected,
            LocalDate date) {
        lines.add(List.of(
                programme,
                id,
                category,
                description,
                amount.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                vat,
                currency,
                recurrence,
                expected,
                date.toString()));
    }

    /** A whole-euro amount from the range, drawn from the ledger's stream. */
    private BigDecimal amount(int low, int high) {
        return BigDecimal.valueOf(random.nextInt(low, high + 1)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String code(ProgrammeType type) {
        return type.name()
                .replace("_", "")
                .substring(0, Math.min(6, type.name().replace("_", "").length()));
    }
}
