package nl.rendement.app.programme;

/** How a programme or cohort is taught. */
public enum DeliveryMode {
    CLASSROOM("classroom", "programme.delivery.classroom"),
    ONLINE_SELF_PACED("online", "programme.delivery.online"),
    VIRTUAL_CLASSROOM("virtual_classroom", "programme.delivery.virtualClassroom"),
    BLENDED("blended", "programme.delivery.blended"),
    ON_THE_JOB("on_the_job", "programme.delivery.onTheJob");

    private final String code;
    private final String labelKey;

    DeliveryMode(String code, String labelKey) {
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

    public static DeliveryMode ofCode(String code) {
        return Codes.require(values(), DeliveryMode::code, code, "delivery mode");
    }
}
