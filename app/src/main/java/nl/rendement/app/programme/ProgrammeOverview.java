package nl.rendement.app.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.security.UserDirectory;
import org.springframework.stereotype.Service;

/** Programmes and their cohorts as the pages show them, with participation under the small-group rule. */
@Service
class ProgrammeOverview {

    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;
    private final CohortTallies tallies;
    private final Organisation organisation;
    private final UserDirectory users;

    ProgrammeOverview(
            ProgrammeCatalogue catalogue,
            CohortRegister register,
            CohortTallies tallies,
            Organisation organisation,
            UserDirectory users) {
        this.users = users;
        this.catalogue = catalogue;
        this.register = register;
        this.tallies = tallies;
        this.organisation = organisation;
    }

    List<Row> rows() {
        Map<Long, Map<Long, Tally>> all = tallies.all();
        ParticipationFigures figures = figures();
        return catalogue.all().stream()
                .flatMap(summary -> catalogue.byId(summary.id()).stream())
                .map(programme -> new Row(
                        programme,
                        catalogue.roiObjective(programme),
                        register.cohorts(programme.id()).size(),
                        figures.programme(
                                total(all.getOrDefault(programme.id(), Map.of()).values()))))
                .toList();
    }

    Optional<Detail> detail(long id) {
        return catalogue.byId(id).map(programme -> {
            Map<Long, Tally> byCohort = tallies.all().getOrDefault(id, Map.of());
            List<Cohort> cohorts = register.cohorts(id);
            List<Tally> cohortTallies = cohorts.stream()
                    .map(cohort -> byCohort.getOrDefault(cohort.id(), Tally.NONE))
                    .toList();
            Tally total = total(cohortTallies);
            ParticipationFigures figures = figures();
            List<ShownTally> shown = figures.cohorts(total, cohortTallies);
            return new Detail(
                    programme,
                    catalogue.roiObjective(programme),
                    figures.programme(total),
                    IntStream.range(0, cohorts.size())
                            .mapToObj(i -> new CohortRow(cohorts.get(i), shown.get(i)))
                            .toList());
        });
    }

    /** The owner's name, or nothing when their account was disabled since. */
    Optional<String> ownerName(Programme programme) {
        return users.enabledUsers().stream()
                .filter(user -> user.id() == programme.details().ownerId())
                .map(UserDirectory.User::displayName)
                .findFirst();
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

    /** A programme in the list of all programmes. */
    public record Row(Programme programme, RoiObjective roiObjective, int cohorts, ShownTally participation) {}

    /** A programme on its own page. */
    public record Detail(
            Programme programme, RoiObjective roiObjective, ShownTally participation, List<CohortRow> cohorts) {}

    /** A cohort with its participation as shown. */
    public record CohortRow(Cohort cohort, ShownTally participation) {}
}
