package nl.rendement.app.programme;

/** What a programme is about. */
public enum ProgrammeType {
    ONBOARDING("onboarding", "programme.type.onboarding"),
    LEADERSHIP("leadership", "programme.type.leadership"),
    DIGITAL_LEARNING("digital_learning", "programme.type.digitalLearning"),
    SALES("sales", "programme.type.sales"),
    WELLBEING("wellbeing", "programme.type.wellbeing"),
    COMPLIANCE("compliance", "programme.type.compliance"),
    AI_LITERACY("ai_literacy", "programme.type.aiLiteracy"),
    SOFT_SKILLS("soft_skills", "programme.type.softSkills"),
    OTHER("other", "programme.type.other");

    private final String code;
    private final String labelKey;

    ProgrammeType(String code, String labelKey) {
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

    public static ProgrammeType ofCode(String code) {
        return Codes.require(values(), ProgrammeType::code, code, "programme type");
    }
}
