package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.rendement.app.programme.Cohort;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.Participation;

/**
 * A participant as an enrolment import keeps it: the cohort (its name to read, its id to apply)
 * and the participation, written as an {@link ImportValue} in one field order for the file and
 * the store alike.
 */
record ParticipantValue(long cohortId, String cohortName, Participation participation) {

    static ParticipantValue of(Cohort cohort, Participation participation) {
        return new ParticipantValue(cohort.id(), cohort.details().name(), participation);
    }

    /**
     * {@code {"cohort":"Spring 2025","status":"completed","enrolled on":"2025-02-24",...,"cohort
     * id":"12"}}; absent values left out.
     */
    String written() {
        return ImportValue.builder()
                .put("cohort", cohortName)
                .put("status", participation.status().code())
                .put("enrolled on", participation.enrolledOn())
                .put("started on", participation.startedOn())
                .put("completed on", participation.completedOn())
                .put("hours", participation.hours())
                .put("progress", participation.progress())
                .put("score", participation.score())
                .put("cohort id", cohortId)
                .written();
    }

    static ParticipantValue parse(long employeeId, String written) {
        ImportValue value = ImportValue.parse(written);
        return new ParticipantValue(
                Long.parseLong(value.require("cohort id")),
                value.require("cohort"),
                new Participation(
                        employeeId,
                        ParticipantStatus.ofCode(value.require("status")),
                        LocalDate.parse(value.require("enrolled on")),
                        value.get("started on").map(LocalDate::parse),
                        value.get("completed on").map(LocalDate::parse),
                        value.get("hours").map(BigDecimal::new),
                        value.get("progress").map(BigDecimal::new),
                        value.get("score").map(BigDecimal::new)));
    }
}
