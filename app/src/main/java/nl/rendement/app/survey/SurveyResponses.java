package nl.rendement.app.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.people.EmployeeErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The store of survey responses and their ratings, each response known by its programme and the
 * survey tool's response id.
 */
@Repository
public class SurveyResponses {

    private static final String SELECT = "select id, " + SurveyResponseRows.COLUMNS + " from survey_response";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SurveyResponses(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Every response of a programme, by response id. */
    public Map<String, SurveyResponse> ofProgramme(long programmeId) {
        Map<Long, List<Rating>> ratings = ratings(
                "select r.response_id, r.item, r.rating from survey_rating r"
                        + " join survey_response s on s.id = r.response_id where s.programme_id = ?",
                programmeId);
        Map<String, SurveyResponse> responses = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where programme_id = ? order by response_key")
                .param(programmeId)
                .query((rs, n) -> SurveyResponseRows.response(rs, ratings.getOrDefault(rs.getLong("id"), List.of())))
                .list()
                .forEach(response -> responses.put(response.responseKey(), response));
        return responses;
    }

    public Optional<SurveyResponse> find(long programmeId, String responseKey) {
        return idOf(programmeId, responseKey).flatMap(id -> {
            List<Rating> ratings = ratings(
                            "select response_id, item, rating from survey_rating where response_id = ?", id)
                    .getOrDefault(id, List.of());
            return jdbc.sql(SELECT + " where id = ?")
                    .param(id)
                    .query((rs, n) -> SurveyResponseRows.response(rs, ratings))
                    .optional();
        });
    }

    /** Stores the response in place of the one with its programme and response id, if any. */
    public void save(SurveyResponse response) {
        List<Object> values = SurveyResponseRows.values(response);
        Optional<Long> stored = idOf(response.programmeId(), response.responseKey());
        long id;
        if (stored.isPresent()) {
            id = stored.get();
            values.add(id);
            jdbc.sql("update survey_response set " + SurveyResponseRows.ASSIGNMENTS + " where id = ?")
                    .params(values)
                    .update();
            deleteRatings(id);
        } else {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into survey_response (" + SurveyResponseRows.COLUMNS + ") values ("
                            + SurveyResponseRows.PLACEHOLDERS + ")")
                    .params(values)
                    .update(key, "id");
            id = key.getKeyAs(Number.class).longValue();
        }
        long responseId = id;
        batch.batchUpdate(
                "insert into survey_rating (response_id, item, rating) values (?, ?, ?)",
                response.ratings().stream()
                        .map(rating -> new Object[] {responseId, rating.item(), rating.score()})
                        .toList());
    }

    public void delete(long programmeId, String responseKey) {
        idOf(programmeId, responseKey).ifPresent(id -> {
            deleteRatings(id);
            jdbc.sql("delete from survey_response where id = ?").param(id).update();
        });
    }

    /**
     * An erased employee's responses go whole, ratings, comments and estimates with them: a named
     * response is their personal data, and unlinking it would keep it (and pass it off as anonymous).
     */
    @EventListener
    void on(EmployeeErased erased) {
        jdbc.sql("delete from survey_rating where response_id in"
                        + " (select id from survey_response where employee_id = ?)")
                .param(erased.employeeId())
                .update();
        jdbc.sql("delete from survey_response where employee_id = ?")
                .param(erased.employeeId())
                .update();
    }

    private Optional<Long> idOf(long programmeId, String responseKey) {
        return jdbc.sql("select id from survey_response where programme_id = ? and response_key = ?")
                .params(programmeId, responseKey)
                .query(Long.class)
                .optional();
    }

    private void deleteRatings(long responseId) {
        jdbc.sql("delete from survey_rating where response_id = ?")
                .param(responseId)
                .update();
    }

    private Map<Long, List<Rating>> ratings(String query, long id) {
        Map<Long, List<Rating>> ratings = new HashMap<>();
        jdbc.sql(query).param(id).query(rs -> {
            ratings.computeIfAbsent(rs.getLong("response_id"), response -> new ArrayList<>())
                    .add(new Rating(rs.getString("item"), rs.getInt("rating")));
        });
        return ratings;
    }

    /** How many responses Rendement holds. */
    public long count() {
        return jdbc.sql("select count(*) from survey_response")
                .query(Long.class)
                .single();
    }
}
