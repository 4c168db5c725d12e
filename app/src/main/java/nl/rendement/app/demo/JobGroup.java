package nl.rendement.app.demo;

import java.math.BigDecimal;

/**
 * The demo's job groups, after Phillips' turnover-cost groups, with the mean annual salary each
 * is generated around at the end of the history (EUR, gross, without holiday allowance).
 */
enum JobGroup {
    ENTRY("Uitvoerend", 32_000),
    OFFICE("Administratief", 40_000),
    PROFESSIONAL("Specialist", 55_000),
    SUPERVISOR("Teamleider", 62_000),
    MANAGER("Manager", 82_000),
    EXECUTIVE("Directie", 135_000);

    final String label;
    final BigDecimal targetSalary;

    JobGroup(String label, int targetSalary) {
        this.label = label;
        this.targetSalary = BigDecimal.valueOf(targetSalary);
    }

    /** The group with this label, as stored on an employee's period. */
    static JobGroup byLabel(String label) {
        for (JobGroup group : values()) {
            if (group.label.equals(label)) {
                return group;
            }
        }
        throw new IllegalArgumentException("No demo job group " + label);
    }

    /** The next group up for a promotion, or this group where the demo's ladder ends. */
    JobGroup next() {
        return switch (this) {
            case ENTRY -> OFFICE;
            case OFFICE -> PROFESSIONAL;
            default -> this;
        };
    }
}
