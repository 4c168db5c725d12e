package nl.rendement.app.programme;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which LMS course belongs to which programme; a course belongs to one programme at most. */
@Repository
class LmsCourses {

    private final JdbcClient jdbc;

    LmsCourses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(long programmeId) {
        return Set.copyOf(jdbc.sql("select course_id from programme_lms_course where programme_id = ?")
                .param(programmeId)
                .query(String.class)
                .list());
    }

    Optional<Long> programmeOf(String courseId) {
        return jdbc.sql("select programme_id from programme_lms_course where course_id = ?")
                .param(courseId.strip())
                .query(Long.class)
                .optional();
    }

    /** Which of these course ids belong to a programme other than {@code programmeId}. */
    List<String> elsewhere(Set<String> courseIds, long programmeId) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select course_id from programme_lms_course where course_id in (:ids)"
                        + " and programme_id <> :programme order by course_id")
                .param("ids", courseIds)
                .param("programme", programmeId)
                .query(String.class)
                .list();
    }

    void replace(long programmeId, Set<String> courseIds) {
        jdbc.sql("delete from programme_lms_course where programme_id = ?")
                .param(programmeId)
                .update();
        for (String courseId : courseIds) {
            jdbc.sql("insert into programme_lms_course (course_id, programme_id) values (?, ?)")
                    .params(courseId, programmeId)
                    .update();
        }
    }
}
