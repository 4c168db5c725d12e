package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.SurveyFormats.ANONYMOUS;
import static nl.rendement.app.importing.formats.SurveyFormats.ANSWERED;
import static nl.rendement.app.importing.formats.SurveyFormats.APPLYING;
import static nl.rendement.app.importing.formats.SurveyFormats.BARRIERS;
import static nl.rendement.app.importing.formats.SurveyFormats.COMMENT;
import static nl.rendement.app.importing.formats.SurveyFormats.ENABLERS;
import static nl.rendement.app.importing.formats.SurveyFormats.FREQUENCY;
import static nl.rendement.app.importing.formats.SurveyFormats.LEVEL;
import static nl.rendement.app.importing.formats.SurveyFormats.RECOMMEND;
import static nl.rendement.app.importing.formats.SurveyFormats.RESPONSE;
import static nl.rendement.app.importing.formats.SurveyFormats.ROLE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.rendement.app.importing.ResponseRows.Given;
import nl.rendement.app.importing.formats.SurveyFormats;
import nl.rendement.app.survey.Application;
import nl.rendement.app.survey.Estimate;
import nl.rendement.app.survey.Rating;
import nl.rendement.app.survey.RespondentRole;
import nl.rendement.app.survey.SurveyResponse;

/**
 * Reads one survey response from its rows, every answer checked: each impossible answer is a
 * problem of the row that gives it. The response is built only when none of its rows has one.
 */
final class SurveyAnswers {

    static final int FREQUENCY_CHARACTERS = 100;
    static final int LIST_CHARACTERS = 2000;

    private final ResponseRows response;

    private SurveyAnswers(ResponseRows response) {
        this.response = response;
    }

    /** The response, when its programme is known and none of its rows has a problem. */
    static Optional<SurveyResponse> read(ResponseRows response, Optional<Long> programmeId, Optional<Long> cohortId) {
        return new SurveyAnswers(response).build(programmeId, cohortId);
    }

    private Optional<SurveyResponse> build(Optional<Long> programmeId, Optional<Long> cohortId) {
        Optional<Given<String>> key = response.text(RESPONSE, SurveyResponse.KEY_CHARACTERS);
        response.bool(ANONYMOUS);
        int level = level();
        RespondentRole role = role();
        Optional<LocalDate> answered = response.date(ANSWERED).map(Given::value);
        Optional<Integer> recommend = recommend();
        Optional<String> comment =
                response.text(COMMENT, SurveyResponse.COMMENT_CHARACTERS).map(Given::value);
        Application application = application(level);
        Optional<Estimate> estimate = new EstimateAnswers(response).read();
        List<Rating> ratings = new RatingAnswers(response).read();
        if (response.hasProblem() || programmeId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SurveyResponse(
                programmeId.get(),
                key.orElseThrow().value(),
                cohortId,
                response.employee(),
                role,
                level,
                answered,
                ratings,
                recommend,
                comment,
                application,
                estimate));
    }

    /** The survey's level, 1 or 3; 0 (with a problem) when it is neither. */
    private int level() {
        Given<Long> level = response.integer(LEVEL).orElseThrow();
        if (level.value() == 1 || level.value() == 3) {
            return level.value().intValue();
        }
        response.problem(level.row(), LEVEL, String.valueOf(level.value()), "importing.survey.level");
        return 0;
    }

    private RespondentRole role() {
        Optional<Given<String>> role = response.once(
                ROLE,
                row -> row.text(ROLE)
                        .map(written -> Coded.code(SurveyFormats.ROLES, written).orElse(written)),
                code -> code);
        if (role.isEmpty()) {
            return RespondentRole.PARTICIPANT;
        }
        Optional<String> code = Coded.code(SurveyFormats.ROLES, role.get().value());
        if (code.isEmpty()) {
            response.problem(role.get().row(), ROLE, role.get().value(), "importing.survey.unknownRole");
            return RespondentRole.PARTICIPANT;
        }
        return RespondentRole.ofCode(code.get());
    }

    private Optional<Integer> recommend() {
        Optional<Given<Long>> recommend = response.integer(RECOMMEND);
        if (recommend.isEmpty()) {
            return Optional.empty();
        }
        long answer = recommend.get().value();
        if (answer < 0 || answer > 10) {
            response.problem(recommend.get().row(), RECOMMEND, String.valueOf(answer), "importing.survey.recommend");
            return Optional.empty();
        }
        return Optional.of((int) answer);
    }

    private Application application(int level) {
        Optional<Given<String>> frequency = response.text(FREQUENCY, FREQUENCY_CHARACTERS);
        frequency
                .filter(given -> level == 1)
                .ifPresent(given ->
                        response.problem(given.row(), FREQUENCY, given.value(), "importing.survey.frequencyNotLevel3"));
        return new Application(
                response.bool(APPLYING).map(Given::value), frequency.map(Given::value), list(BARRIERS), list(ENABLERS));
    }

    /** Entries separated by {@code |}, each trimmed, blanks left out: {@code no time|no tools}. */
    private Optional<String> list(Column column) {
        Optional<Given<String>> list =
                response.once(column, row -> row.text(column).flatMap(SurveyAnswers::entries), text -> text);
        list.filter(given -> given.value().length() > LIST_CHARACTERS)
                .ifPresent(given -> response.problem(
                        given.row(), column, given.value(), "importing.survey.tooLong", LIST_CHARACTERS));
        return list.map(Given::value);
    }

    private static Optional<String> entries(String written) {
        String entries = Arrays.stream(written.split("\\|"))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .collect(Collectors.joining("|"));
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }
}
