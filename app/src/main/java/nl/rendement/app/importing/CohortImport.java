package nl.rendement.app.importing;

import java.util.List;
import java.util.Optional;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.ProgrammeFormats;
import nl.rendement.app.programme.Cohort;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeRejected;
import org.springframework.stereotype.Component;

/**
 * Cohorts, one a row, known by their programme's name and their own. The programme must be in
 * Rendement already (created on its page or by an earlier programmes import). A cohort the
 * programme lacks is added ('add'); one whose values differ is changed ('change', the old values
 * kept for undo); equal values are nothing to do ('same'). Everything goes through the register,
 * so each change is audited as an edit on the cohort's page is, by the uploader.
 */
@Component
class CohortImport implements KindImport {

    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;

    CohortImport(ProgrammeCatalogue catalogue, CohortRegister register) {
        this.catalogue = catalogue;
        this.register = register;
    }

    @Override
    public ImportFormat format() {
        return ProgrammeFormats.COHORTS;
    }

    @Override
    public long held() {
        return register.cohortCount();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        CohortRows cohorts = new CohortRows(plan, catalogue);
        for (Row row : rows) {
            cohorts.read(row).ifPresent(read -> {
                String programme = read.programme().details().name();
                plan.change(
                        row,
                        programme + " / " + read.details().name(),
                        Optional.empty(),
                        register.cohort(read.programme().id(), read.details().name())
                                .map(cohort -> CohortValue.written(programme, cohort.details())),
                        CohortValue.written(programme, read.details()));
            });
        }
    }

    /** Adds or changes the cohort, unless it or its programme changed since the preview. */
    @Override
    public void apply(PlannedChange change, String user) {
        Programme programme = catalogue
                .byName(CohortValue.programme(change.newValue()))
                .orElseThrow(() -> new ImportRefused("importing.commit.changedSince", change.row()));
        Optional<Cohort> stored = stored(programme, change);
        if (!stored.map(cohort -> written(programme, cohort)).equals(change.oldValue())) {
            throw new ImportRefused("importing.commit.changedSince", change.row());
        }
        try {
            if (stored.isEmpty()) {
                register.addCohort(user, programme.id(), CohortValue.details(change.newValue()));
            } else {
                register.changeCohort(user, stored.get().id(), CohortValue.details(change.newValue()));
            }
        } catch (ProgrammeRejected rejected) {
            throw new ImportRefused("importing.commit.changedSince", change.row());
        }
    }

    /**
     * Removes an added cohort, or puts the old values back; refused when the cohort is no longer
     * as the import left it, or when someone takes part in an added cohort.
     */
    @Override
    public void revert(PlannedChange change, String user) {
        ImportRefused changedSince = new ImportRefused("importing.undo.changedSince", change.row());
        Programme programme =
                catalogue.byName(CohortValue.programme(change.newValue())).orElseThrow(() -> changedSince);
        Cohort cohort = stored(programme, change)
                .filter(found -> written(programme, found).equals(change.newValue()))
                .orElseThrow(() -> changedSince);
        try {
            if (change.oldValue().isEmpty()) {
                register.removeCohort(user, cohort.id());
            } else {
                register.changeCohort(
                        user, cohort.id(), CohortValue.details(change.oldValue().get()));
            }
        } catch (ProgrammeRejected rejected) {
            if (rejected.messageKey().equals("programme.error.cohort.hasParticipants")) {
                throw new ImportRefused("importing.cohorts.undo.hasParticipants", change.row(), change.subject());
            }
            throw changedSince;
        }
    }

    private Optional<Cohort> stored(Programme programme, PlannedChange change) {
        return register.cohort(programme.id(), CohortValue.name(change.newValue()));
    }

    private static String written(Programme programme, Cohort cohort) {
        return CohortValue.written(programme.details().name(), cohort.details());
    }
}
