package nl.rendement.app.kpi;

import java.util.Objects;

/** A stored KPI: its id, which observations refer to, and its definition. */
public record Kpi(long id, KpiDefinition definition) {

    public Kpi {
        Objects.requireNonNull(definition, "definition");
    }

    public String code() {
        return definition.code();
    }
}
