package nl.rendement.app.programme;

/** Where a programme stands. */
public enum ProgrammeStatus {
    PLANNED("planned", "programme.status.planned"),
    RUNNING("running", "programme.status.running"),
    COMPLETED("completed", "programme.status.completed"),
    STOPPED("stopped", "programme.status.stopped");

    private final String code;
    private final String labelKey;

    ProgrammeStatus(String code, String labelKey) {
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

    public static ProgrammeStatus ofCode(String code) {
        return Codes.require(values(), ProgrammeStatus::code, code, "programme status");
    }
}
