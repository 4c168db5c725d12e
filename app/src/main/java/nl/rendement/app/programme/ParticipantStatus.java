package nl.rendement.app.programme;

/** How far a participant has come; each status allows some dates and requires others. */
public enum ParticipantStatus {
    ENROLLED("enrolled", "programme.participantStatus.enrolled"),
    STARTED("started", "programme.participantStatus.started"),
    COMPLETED("completed", "programme.participantStatus.completed"),
    WITHDRAWN("withdrawn", "programme.participantStatus.withdrawn"),
    NO_SHOW("no_show", "programme.participantStatus.noShow");

    private final String code;
    private final String labelKey;

    ParticipantStatus(String code, String labelKey) {
        this.code = code;
        this.labelKey = labelKey;
    }

    /** The stored code. */
    public String code() {
        return code;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Whether a participant in this status may have a start date. */
    public boolean allowsStart() {
        return this == STARTED || this == COMPLETED || this == WITHDRAWN;
    }

    public static ParticipantStatus ofCode(String code) {
        return Codes.require(values(), ParticipantStatus::code, code, "participant status");
    }
}
