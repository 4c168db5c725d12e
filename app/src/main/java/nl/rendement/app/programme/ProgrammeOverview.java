package nl.rendement.app.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.people.UnitReach;
import org.springframework.stereotype.Service;

/** Programmes and their cohorts as the pages show them, with participation under the small-group rule. */
@Service
class ProgrammeOverview {

    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;
    private final CohortTallies tallies;
    private final Organisation organisation;

    ProgrammeOverview(
            ProgrammeCatalogue catalogue, CohortRegister register, CohortTallies tallies, Organisation organisation) {
        this.catalogue = catalogue;
        this.register = register;
        this.tallies = tallies;
        this.organisation = organisation;
    }

    /** The programmes the reach sees, each with its participation as the small-group rule allows. */
    List<Row> rows(ProgrammeReach reach) {
        Map<Long, Map<Long, Tally>> whole = tallies.within(UnitReach.EVERY_UNIT);
        Map<Long, Map<Long, Tally>> mine = reach.everything() ? whole : tallies.within(reach.units());
        ParticipationFigures figures = figures();
        return catalogue.all().stream()
                .filter(summary -> reach.sees(summary.id()))
                .flatMap(summary -> catalogue.byId(summary.id()).stream())
                .map(programme -> {
                    Tally total =
                            total(whole.getOrDefault(programme.id(), Map.of()).values());
                    return new Row(
                            programme,
                            catalogue.roiObjective(programme),
                            register.cohorts(programme.id()).size(),
                            figures.programme(total),
                            reach.seesWhole(programme.id())
                                    ? Optional.empty()
                                    : Optional.of(figures.part(
                                            total,
                                            total(mine.getOrDefault(programme.id(), Map.of())
                                                    .values()))));
                })
                .toList();
    }

    /**
     * The programme when the reach sees it. Seen through the user's units only, its totals are the
     * whole programme's, labelled so, beside those of the user's units, and its cohorts count only
     * the participants in those units.
     */
    Optional<Detail> detail(long id, ProgrammeReach reach) {
        return catalogue
                .byId(id)
                .filter(programme -> reach.sees(programme.id()))
                .map(programme -> {
                    List<Cohort> cohorts = register.cohorts(id);
                    Tally whole = total(tallies.within(UnitReach.EVERY_UNIT)
                            .getOrDefault(id, Map.of())
                            .values());
                    Map<Long, Tally> byCohort =
                            tallies.within(reach.participantsIn(id)).getOrDefault(id, Map.of());
                    List<Tally> cohortTallies = cohorts.stream()
                            .map(cohort -> byCohort.getOrDefault(cohort.id(), Tally.NONE))
                            .toList();
                    Tally shownTotal = total(cohortTallies);
                    ParticipationFigures figures = figures();
                    Optional<ShownTally> yourUnits =
                            reach.seesWhole(id) ? Optional.empty() : Optional.of(figures.part(whole, shownTotal));
                    // Cohorts in full would add up to the units' split, so they need it shown in full.
                    List<ShownTally> shown = yourUnits
                            .filter(part -> part.completed().isEmpty())
                            .map(hidden -> cohorts.stream()
                                    .map(cohort -> ShownTally.HIDDEN)
                                    .toList())
                            .orElseGet(() -> figures.cohorts(shownTotal, cohortTallies));
                    return new Detail(
                            programme,
                            catalogue.roiObjective(programme),
                            figures.programme(whole),
                            yourUnits,
                            IntStream.range(0, cohorts.size())
                                    .mapToObj(i -> new CohortRow(cohorts.get(i), shown.get(i)))
                                    .toList());
                });
    }

    /** The owner's name, or nothing when their account was disabled since. */
    Optional<String> ownerName(Programme programme) {
        return catalogue.ownerName(programme);
    }

    int threshold() {
        return organisation.settings().anonymityThreshold();
    }

    private ParticipationFigures figures() {
        return new ParticipationFigures(threshold());
    }

    private static Tally total(Collection<Tally> parts) {
        return parts.stream().reduce(Tally.NONE, Tally::plus);
    }

    /**
     * A programme in the list: its whole participation, and that of the user's units when the user
     * sees it only through them.
     */
    public record Row(
            Programme programme,
            RoiObjective roiObjective,
            int cohorts,
            ShownTally participation,
            Optional<ShownTally> yourUnits) {}

    /**
     * A programme on its own page: the whole programme's participation; that of the user's units
     * when the user sees it only through them, and then the cohorts count only those units.
     */
    public record Detail(
            Programme programme,
            RoiObjective roiObjective,
            ShownTally participation,
            Optional<ShownTally> yourUnits,
            List<CohortRow> cohorts) {}

    /** A cohort with its participation as shown. */
    public record CohortRow(Cohort cohort, ShownTally participation) {}
}
