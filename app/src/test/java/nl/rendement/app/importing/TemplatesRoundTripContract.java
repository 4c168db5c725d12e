package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.rendement.app.importing.formats.Formats;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.Templates;
import nl.rendement.app.system.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a newcomer does, on every supported database (subclasses pick it): download every kind's
 * Dutch template, fill it in (here: keep its example row, which names the same unit, person,
 * programme, cohort and KPI across kinds) and upload it, kind after kind in the order the data
 * depends on each other. Every Dutch Excel template is read without a problem and committed; the
 * Dutch CSV templates then change nothing (every row the same); undoing every import, last first,
 * leaves every table as it was before.
 */
@SpringBootTest
abstract class TemplatesRoundTripContract {

    /** The order data depends on each other: units before people, programmes before cohorts ... */
    static final List<String> ORDER = List.of(
            "org-units",
            "hr-snapshot",
            "leavers",
            "programmes",
            "cohorts",
            "enrolments",
            "assessments",
            "survey-responses",
            "kpi-definitions",
            "kpi-observations",
            "engagement",
            "cost-lines");

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    /** The newcomer who uploads: an account, since a programme brought in by import is theirs. */
    static final String UPLOADER = "round-trip-analyst";

    @BeforeEach
    void anAccount() {
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Round trip', '{noop}unused', true, ?)")
                .params(UPLOADER, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    @AfterEach
    void clearImportsAndTheAccount() {
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
        jdbc.sql("delete from app_user where username = ?").param(UPLOADER).update();
    }

    @Test
    void everyDutchTemplateImportsAsItIsAndEveryImportUndoesToTheStart() throws IOException {
        assertThat(ORDER)
                .containsExactlyInAnyOrderElementsOf(
                        Formats.all().stream().map(ImportFormat::kind).toList());
        assertThat(imports.kinds()).containsExactlyInAnyOrderElementsOf(ORDER);
        Map<String, Long> start = rowCounts();
        Map<String, Long> heldAtStart = imports.held();
        List<ImportRecord> committed = new ArrayList<>();
        // What the templates' example rows take for granted: the unit above theirs and a manager.
        committed.add(committedWithoutProblems(
                "org-units", csv("units.csv", "code;naam;soort;geldig vanaf", "VERKOOP;Verkoop;divisie;01-01-2020")));
        committed.add(committedWithoutProblems(
                "hr-snapshot",
                csv(
                        "manager.csv",
                        "personeelsnummer;peildatum;datum in dienst;organisatie-eenheid;functiegroep;jaarsalaris;fte;contracturen",
                        "003120;01-01-2025;01-02-2018;VERKOOP;Salesmanager;72000;1;40")));

        for (String kind : ORDER) {
            committed.add(committedWithoutProblems(kind, template(kind, Templates.FileType.XLSX)));
        }
        Map<String, Long> held = imports.held();
        ORDER.forEach(kind -> assertThat(held.get(kind))
                .as(kind + ": what the Data page says Rendement holds")
                .isGreaterThan(heldAtStart.get(kind)));
        for (String kind : ORDER) {
            ImportRecord again = imports.preview(
                    kind,
                    template(kind, Templates.FileType.CSV),
                    kind + ".csv",
                    UPLOADER,
                    ImportOptions.none().with(Language.DUTCH.conventions()));
            assertThat(messages(again)).as(kind + " again").isEmpty();
            assertThat(imports.changes(again.id()))
                    .as(kind + ": the Dutch CSV template holds what the Dutch Excel template brought in")
                    .satisfies(changes -> {
                        assertThat(changes.added()).isZero();
                        assertThat(changes.changed()).isZero();
                        assertThat(changes.same()).isPositive();
                    });
            imports.discard(again.id(), UPLOADER);
        }

        Collections.reverse(committed);
        committed.forEach(record -> imports.undo(record.id(), UPLOADER));
        assertThat(rowCounts()).as("every table after undoing every import").isEqualTo(start);
        assertThat(imports.held()).isEqualTo(heldAtStart);
    }

    private ImportRecord committedWithoutProblems(String kind, Path file) {
        ImportRecord preview = imports.preview(
                kind,
                file,
                file.getFileName().toString(),
                UPLOADER,
                ImportOptions.none().with(Language.DUTCH.conventions()));
        assertThat(messages(preview)).as(kind).isEmpty();
        assertThat(preview.rowsRead()).as(kind).isPositive();
        assertThat(imports.changes(preview.id()).added()).as(kind + " adds").isPositive();
        return imports.commit(preview.id(), false, UPLOADER);
    }

    private List<String> messages(ImportRecord record) {
        return imports.problems(record.id()).stream()
                .map(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .toList();
    }

    private Path template(String kind, Templates.FileType type) throws IOException {
        ImportFormat format = Formats.of(kind).orElseThrow();
        Path file = folder.resolve(Templates.fileName(format, Language.DUTCH, type));
        Files.write(file, Templates.write(format, Language.DUTCH, type));
        return file;
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private Map<String, Long> rowCounts() {
        return TableCounts.of(dataSource, jdbc);
    }
}
