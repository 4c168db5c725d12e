package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.LearningFormats.MAXIMUM;
import static nl.rendement.app.importing.formats.LearningFormats.PASS_MARK;
import static nl.rendement.app.importing.formats.LearningFormats.POST;
import static nl.rendement.app.importing.formats.LearningFormats.POST_DATE;
import static nl.rendement.app.importing.formats.LearningFormats.PRE;
import static nl.rendement.app.importing.formats.LearningFormats.PRE_DATE;
import static nl.rendement.app.importing.formats.LearningFormats.SKILL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.programme.Assessment;
import nl.rendement.app.programme.Assessment.Scores;
import nl.rendement.app.programme.Programme;

/** The assessment of one row of an assessments file, checked as a stored assessment must be. */
final class AssessmentRow {

    private AssessmentRow() {}

    /**
     * The row's assessment; empty when a problem with the row (added to {@code problems}) keeps it
     * out, or when the row's person or programme is unknown.
     */
    static Optional<Assessment> read(
            Row row, RowProblems problems, Optional<Programme> programme, Optional<Employee> employee) {
        String skill = row.text(SKILL).orElseThrow();
        if (skill.length() > Assessment.MAX_SKILL) {
            problems.add(SKILL, skill, "importing.assessments.skillTooLong", Assessment.MAX_SKILL);
        }
        Optional<LocalDate> pre = row.date(PRE_DATE);
        Optional<LocalDate> post = row.date(POST_DATE);
        if (pre.isPresent() && post.filter(day -> day.isBefore(pre.get())).isPresent()) {
            problems.add(POST_DATE, post.get(), "importing.assessments.postBeforePre", pre.get());
        }
        Optional<Scores> scores = scores(row, problems);
        if (problems.found() || scores.isEmpty() || programme.isEmpty() || employee.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Assessment(programme.get().id(), employee.get().id(), skill, scores.get(), pre, post));
    }

    private static Optional<Scores> scores(Row row, RowProblems problems) {
        BigDecimal maximum = row.decimal(MAXIMUM).orElseThrow();
        Optional<BigDecimal> pre = row.decimal(PRE);
        Optional<BigDecimal> post = row.decimal(POST);
        if (pre.isEmpty() && post.isEmpty()) {
            problems.blank(PRE, "importing.assessments.noScore");
        }
        if (maximum.signum() <= 0 || maximum.compareTo(Scores.MOST) > 0) {
            problems.add(MAXIMUM, maximum, "importing.assessments.maximum", Scores.MOST.toPlainString());
            return Optional.empty();
        }
        checkWithin(row, PRE, maximum, problems);
        checkWithin(row, POST, maximum, problems);
        checkWithin(row, PASS_MARK, maximum, problems);
        if (problems.found()) {
            return Optional.empty();
        }
        return Optional.of(new Scores(pre, post, maximum, row.decimal(PASS_MARK)));
    }

    private static void checkWithin(Row row, Column column, BigDecimal maximum, RowProblems problems) {
        Optional<BigDecimal> score = row.decimal(column);
        if (score.filter(value -> !Scores.fits(value, maximum)).isPresent()) {
            problems.add(
                    column,
                    score.get(),
                    "importing.assessments.beyondMaximum",
                    maximum.stripTrailingZeros().toPlainString());
        }
    }
}
