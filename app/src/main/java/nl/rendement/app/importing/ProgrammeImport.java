package nl.rendement.app.importing;

import java.util.List;
import java.util.Optional;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.ProgrammeFormats;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeRejected;
import nl.rendement.app.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Programmes, one a row, known by their name. A name Rendement does not know is a new programme,
 * owned by the uploader ('add'); a programme whose values differ from the file's is updated
 * ('change', its old values kept for undo, its owner unchanged); equal values are nothing to do
 * ('same'). Everything goes through the catalogue, so each change is audited as an edit on the
 * programme's page is, by the uploader.
 */
@Component
class ProgrammeImport implements KindImport {

    private final ProgrammeCatalogue catalogue;
    private final UserDirectory users;

    ProgrammeImport(ProgrammeCatalogue catalogue, UserDirectory users) {
        this.catalogue = catalogue;
        this.users = users;
    }

    @Override
    public ImportFormat format() {
        return ProgrammeFormats.PROGRAMMES;
    }

    @Override
    public long held() {
        return catalogue.all().size();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        ProgrammeRows programmes = new ProgrammeRows(plan, catalogue);
        for (Row row : rows) {
            programmes
                    .read(row)
                    .ifPresent(details -> plan.change(
                            row,
                            details.name(),
                            Optional.empty(),
                            catalogue.byName(details.name()).map(ProgrammeImport::written),
                            ProgrammeValue.written(details)));
        }
    }

    /** Adds or updates the programme, unless it changed since the preview. */
    @Override
    public void apply(PlannedChange change, String user) {
        Optional<Programme> stored = catalogue.byName(ProgrammeValue.name(change.newValue()));
        if (!stored.map(ProgrammeImport::written).equals(change.oldValue())) {
            throw new ImportRefused("importing.commit.changedSince", change.row());
        }
        try {
            if (stored.isEmpty()) {
                catalogue.create(user, ProgrammeValue.details(change.newValue(), owner(user)));
            } else {
                Programme programme = stored.get();
                catalogue.update(
                        user,
                        programme.id(),
                        programme.version(),
                        ProgrammeValue.details(
                                change.newValue(), programme.details().ownerId()));
            }
        } catch (ProgrammeRejected rejected) {
            throw new ImportRefused("importing.commit.changedSince", change.row());
        }
    }

    /**
     * Removes an added programme, or puts the old values back; refused when the programme is no
     * longer as the import left it, or when cohorts or anything else came to depend on it since.
     */
    @Override
    public void revert(PlannedChange change, String user) {
        Programme programme = catalogue
                .byName(ProgrammeValue.name(change.newValue()))
                .filter(stored -> written(stored).equals(change.newValue()))
                .orElseThrow(() -> new ImportRefused("importing.undo.changedSince", change.row()));
        try {
            if (change.oldValue().isEmpty()) {
                catalogue.remove(programme.id(), programme.version());
            } else {
                catalogue.update(
                        user,
                        programme.id(),
                        programme.version(),
                        ProgrammeValue.details(
                                change.oldValue().get(), programme.details().ownerId()));
            }
        } catch (ProgrammeRejected rejected) {
            throw refused(rejected, change, programme);
        }
    }

    private long owner(String user) {
        return users.idOf(user).orElseThrow(() -> new ImportRefused("importing.programmes.noAccount", user));
    }

    private static ImportRefused refused(ProgrammeRejected rejected, PlannedChange change, Programme programme) {
        String name = programme.details().name();
        return switch (rejected.messageKey()) {
            case "programme.error.hasCohorts" ->
                new ImportRefused("importing.programmes.undo.hasCohorts", change.row(), name);
            case "programme.error.inUse" -> new ImportRefused("importing.programmes.undo.inUse", change.row(), name);
            default -> new ImportRefused("importing.undo.changedSince", change.row());
        };
    }

    private static String written(Programme programme) {
        return ProgrammeValue.written(programme.details());
    }
}
