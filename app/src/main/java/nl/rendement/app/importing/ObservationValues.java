package nl.rendement.app.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiObservation;
import nl.rendement.app.kpi.ObservationKey;
import nl.rendement.app.people.OrgUnit;

/**
 * The KPIs and teams by code and by id, read once for a whole file, and an observation as an
 * import keeps it (its KPI's and team's codes, not their ids, so that a user can read it).
 */
final class ObservationValues {

    private final Map<String, Kpi> kpis;
    private final Map<Long, String> kpiCodes;
    private final Map<String, OrgUnit> teams;
    private final Map<Long, String> teamCodes;

    ObservationValues(List<Kpi> kpis, List<OrgUnit> teams) {
        this.kpis = kpis.stream().collect(Collectors.toMap(Kpi::code, Function.identity()));
        this.kpiCodes = kpis.stream().collect(Collectors.toMap(Kpi::id, Kpi::code));
        this.teams = teams.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        this.teamCodes = teams.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
    }

    Map<String, Kpi> kpis() {
        return kpis;
    }

    Map<String, OrgUnit> teams() {
        return teams;
    }

    /**
     * Whose value an observation is, as an import's changes show it: its KPI's code, its team's
     * code or its person's pseudonym, and its period start.
     */
    String subject(ObservationKey key, Optional<String> pseudonym) {
        String whose = key.subject().team() ? teamCodes.get(key.subject().id()) : pseudonym.orElse("");
        return kpiCodes.get(key.kpiId()) + " / " + whose + " / " + key.periodStart();
    }

    /**
     * An observation as an import keeps it: its KPI, its team (a person's is the change's
     * employee), its period start, value and weight.
     */
    String written(KpiObservation observation) {
        ObservationKey key = observation.key();
        return ImportValue.builder()
                .put("kpi", kpiCodes.get(key.kpiId()))
                .put(
                        "team",
                        key.subject().team()
                                ? Optional.of(teamCodes.get(key.subject().id()))
                                : Optional.empty())
                .put("period start", key.periodStart())
                .put("value", observation.value())
                .put("weight", observation.weight())
                .written();
    }
}
