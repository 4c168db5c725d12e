package nl.rendement.engine.costs;

import java.util.List;

/**
 * The time every participant spent in training: costs cover all participants, not only those who
 * answered (Phillips' principle 6). A programme without participant time in working hours records
 * the category as explicitly zero instead.
 */
public record ParticipantTime(List<Attendance> attendances) {

    public ParticipantTime {
        attendances = List.copyOf(attendances);
        if (attendances.isEmpty()) {
            throw new IllegalArgumentException(
                    "Participant time needs attendances; record the category as explicitly zero otherwise");
        }
    }
}
