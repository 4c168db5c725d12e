package nl.rendement.engine.levels.learning;

import java.util.ArrayList;
import java.util.List;

/** The score sets of engine/src/test/resources/r/learning.R, people named p01, p02, ... in R's order. */
final class Fixtures {

    private Fixtures() {}

    /** A: a 20-point test, pass mark 12; p11 falls back from 11 to 10. */
    static LearningScores twentyPointTestA() {
        return LearningScores.of(20, people(new double[] {8, 11, 6, 13, 9, 10, 7, 12, 5, 14, 11, 9}, new double[] {
                    14, 15, 12, 17, 13, 16, 10, 18, 9, 19, 10, 15
                }))
                .withPassMark(12);
    }

    /** B: a 100-point test, pass mark 60; p04 starts and ends at the maximum. */
    static LearningScores hundredPointTestB() {
        return LearningScores.of(100, people(new double[] {45, 62, 38, 100, 55, 71, 50, 66}, new double[] {
                    70, 80, 52, 100, 76, 90, 58, 95
                }))
                .withPassMark(60);
    }

    /** C: a 10-point test without a pass mark; little change, p03 and p05 fall back. */
    static LearningScores tenPointTestC() {
        return LearningScores.of(10, people(new double[] {6, 4, 7, 5, 8, 6}, new double[] {7, 4, 6, 7, 7, 8}));
    }

    static List<PersonScore> people(double[] pre, double[] post) {
        List<PersonScore> people = new ArrayList<>();
        for (int i = 0; i < pre.length; i++) {
            people.add(PersonScore.of("p%02d".formatted(i + 1), pre[i], post[i]));
        }
        return people;
    }
}
