package nl.rendement.engine.isolation.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixtures of {@code src/test/resources/r/control-group.R}, value for value; the R script
 * prints the reference values the tests quote. Trained people are t1, t2 ..., control people c1 ...
 */
final class Fixtures {

    private Fixtures() {}

    /** A: sales per month, balanced pre-period (R pre-period SMD 0.0967, within 0.1). */
    static GivenControlGroup salesA(int trainedWithoutData) {
        return new GivenControlGroup(
                "A: sales staff, northern region untrained",
                people("t", new double[] {100, 104, 98, 110, 95, 102, 107, 99}, new double[] {
                    112, 111, 109, 118, 104, 115, 113, 108
                }),
                people("c", new double[] {101, 97, 105, 103, 99, 108, 96, 100, 104}, new double[] {
                    104, 99, 106, 108, 101, 110, 99, 104, 105
                }),
                false,
                trainedWithoutData);
    }

    /** B: the trained started higher (R pre-period SMD 4.94). */
    static GivenControlGroup higherStartB() {
        return new GivenControlGroup(
                "B: top sellers trained",
                people("t", new double[] {120, 126, 118, 131, 124, 122}, new double[] {127, 130, 126, 135, 131, 126}),
                people("c", new double[] {101, 97, 105, 103, 99, 108, 96}, new double[] {104, 99, 106, 108, 101, 110, 99
                }),
                false,
                0);
    }

    /** C: errors per month, a KPI where lower is better. */
    static GivenControlGroup errorsC() {
        return new GivenControlGroup(
                "C: back office, errors per month",
                people("t", new double[] {12.5, 9.0, 14.0, 11.5, 10.0, 13.0, 8.5}, new double[] {
                    9.0, 7.5, 10.0, 9.5, 8.0, 9.0, 7.0
                }),
                people("c", new double[] {11.0, 13.5, 9.5, 12.0, 10.5, 13.0, 8.0, 12.5}, new double[] {
                    10.5, 13.0, 10.0, 11.0, 10.5, 11.5, 8.5, 12.0
                }),
                false,
                0);
    }

    /** D: training places assigned by lottery; random assignment recorded or not. */
    static GivenControlGroup randomD(boolean randomAssignment) {
        return new GivenControlGroup(
                "D: lottery for training places",
                people("t", new double[] {50, 48, 53, 49, 51, 48}, new double[] {58, 55, 60, 54, 59, 57}),
                people("c", new double[] {49, 52, 48, 51, 50, 47, 53}, new double[] {52, 54, 50, 53, 51, 49, 56}),
                randomAssignment,
                0);
    }

    /** E: A's first four trained people only. */
    static GivenControlGroup fourTrainedE() {
        GivenControlGroup a = salesA(0);
        return new GivenControlGroup("E: pilot of four", a.trained().subList(0, 4), a.control(), false, 0);
    }

    static List<PersonChange> people(String prefix, double[] pre, double[] post) {
        List<PersonChange> people = new ArrayList<>();
        for (int i = 0; i < pre.length; i++) {
            people.add(PersonChange.of(prefix + (i + 1), pre[i], post[i]));
        }
        return people;
    }
}
