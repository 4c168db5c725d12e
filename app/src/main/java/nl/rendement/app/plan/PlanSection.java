package nl.rendement.app.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a plan that are edited one at a time, each with a reason: the property of the
 * plan's document it replaces.
 */
public enum PlanSection {
    GOALS("goals"),
    OBJECTIVES("objectives"),
    MEASURES("measures"),
    WINDOWS("windows"),
    COMPARISON("comparison"),
    HORIZON("horizon"),
    DISCOUNT_RATE("discountRate"),
    COSTS("costs"),
    INTANGIBLES("intangibles"),
    EXPECTATIONS("expectations"),
    FORECAST("forecast"),
    RULES("rules");

    private final String property;

    PlanSection(String property) {
        this.property = property;
    }

    /** The plan document's property this section is. */
    public String property() {
        return property;
    }

    /** The section named by its property ({@code discountRate}) or constant, in any case. */
    public static Optional<PlanSection> named(String name) {
        for (PlanSection section : values()) {
            if (section.property.equalsIgnoreCase(name) || section.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
