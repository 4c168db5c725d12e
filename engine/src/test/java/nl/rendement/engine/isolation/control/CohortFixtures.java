package nl.rendement.engine.isolation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stratified fixtures of {@code src/test/resources/r/control-group.R} (F, G and N), value for
 * value: people per cohort, a control person compared with several cohorts over each cohort's own
 * windows.
 */
final class CohortFixtures {

    private CohortFixtures() {}

    /**
     * F: sales per month in three cohorts; c1, c2, c3 are control in 2025-01 and 2025-05, c4 and c5
     * in 2025-01 and 2025-09, and c6 is control in 2025-01 and trained in 2025-09.
     */
    static GivenControlGroup salesF(ControlGroupBasis basis) {
        return new GivenControlGroup("F: sales staff in three waves", trainedF(), controlF(), basis, 0);
    }

    /** G: F with a fourth cohort whose single trained person cannot be compared. */
    static GivenControlGroup withLoneTrainedG(int trainedWithoutData) {
        List<PersonChange> trained = new ArrayList<>(trainedF());
        trained.add(PersonChange.of("t15", "2026-01", 100, 130));
        List<PersonChange> control = new ArrayList<>(controlF());
        control.addAll(
                rows("2026-01", List.of("c1", "c2", "c3"), new double[] {103, 99, 105}, new double[] {104, 99, 107}));
        return new GivenControlGroup(
                "G: F and a lone trained", trained, control, ControlGroupBasis.CHANGES, trainedWithoutData);
    }

    /** N: new hires' output per month, no pre-period, two cohorts. */
    static GivenControlGroup newHiresN() {
        return new GivenControlGroup(
                "N: new hires, first months of tenure",
                concat(
                        postOnly("2025-03", "n", 1, new double[] {42, 47, 39, 45, 44}),
                        postOnly("2025-09", "n", 6, new double[] {51, 46, 49, 53, 48, 50, 47})),
                concat(
                        postOnly("2025-03", "h", 1, new double[] {38, 41, 36, 40, 43, 37}),
                        postOnly("2025-09", "h", 7, new double[] {45, 47, 44, 48, 43})),
                ControlGroupBasis.POST_MEANS_NO_PRE_PERIOD,
                0);
    }

    static List<PersonChange> trainedF() {
        return concat(
                rows("2025-01", names("t", 1, 6), new double[] {100, 104, 98, 110, 95, 102}, new double[] {
                    112, 111, 109, 118, 104, 115
                }),
                rows("2025-05", names("t", 7, 11), new double[] {103, 99, 107, 101, 96}, new double[] {
                    109, 108, 112, 110, 101
                }),
                rows("2025-09", List.of("c6", "t12", "t13", "t14"), new double[] {109, 95, 101, 104}, new double[] {
                    121, 104, 110, 116
                }));
    }

    static List<PersonChange> controlF() {
        return concat(
                rows("2025-01", names("c", 1, 7), new double[] {101, 97, 105, 103, 99, 108, 96}, new double[] {
                    104, 99, 106, 108, 101, 110, 99
                }),
                rows(
                        "2025-05",
                        List.of("c1", "c2", "c3", "c8", "c9", "c10"),
                        new double[] {104, 98, 106, 100, 102, 97},
                        new double[] {106, 101, 105, 103, 104, 98}),
                rows(
                        "2025-09",
                        List.of("c4", "c5", "c11", "c12", "c13"),
                        new double[] {104, 100, 98, 103, 106},
                        new double[] {103, 104, 99, 105, 108}));
    }

    static List<PersonChange> rows(String cohort, List<String> people, double[] pre, double[] post) {
        List<PersonChange> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            rows.add(PersonChange.of(people.get(i), cohort, pre[i], post[i]));
        }
        return rows;
    }

    private static List<PersonChange> postOnly(String cohort, String prefix, int first, double[] post) {
        List<PersonChange> rows = new ArrayList<>();
        for (int i = 0; i < post.length; i++) {
            rows.add(PersonChange.postOnly(prefix + (first + i), cohort, post[i]));
        }
        return rows;
    }

    private static List<String> names(String prefix, int first, int last) {
        List<String> names = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    private static List<PersonChange> concat(List<PersonChange> first, List<PersonChange> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<PersonChange> concat(
            List<PersonChange> first, List<PersonChange> second, List<PersonChange> third) {
        return concat(concat(first, second), third);
    }
}
