package nl.rendement.app.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.programme.ProgrammeChange.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What programme storage must do on every supported database (subclasses pick the database). */
@SpringBootTest
abstract class ProgrammeStorageContract {

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    ProgrammeTestData data;
    long owner;

    @BeforeEach
    void startEmpty() {
        data = new ProgrammeTestData(jdbc);
        data.clear();
        owner = data.user("owner");
    }

    @AfterEach
    void leaveNothingBehind() {
        data.clear();
    }

    @Test
    void keepsEveryValueOfAProgrammeExactly() {
        ProgrammeDetails details = new ProgrammeDraft(owner).build();

        long id = catalogue.create("analist", details);

        assertThat(catalogue.byId(id)).contains(new Programme(id, 0, details));
    }

    @Test
    void keepsAProgrammeThatHasOnlyWhatItNeeds() {
        ProgrammeDetails details = new ProgrammeDraft(owner)
                .bare()
                .with(draft -> {
                    draft.type = ProgrammeType.AI_LITERACY;
                    draft.status = ProgrammeStatus.PLANNED;
                    draft.deliveryMode = DeliveryMode.ONLINE_SELF_PACED;
                    draft.targetLevel = 0;
                })
                .build();

        long id = catalogue.create("analist", details);

        assertThat(catalogue.byId(id)).contains(new Programme(id, 0, details));
    }

    @Test
    void followsTheOrganisationsRoiObjectiveUntilTheProgrammeSetsItsOwn() {
        long inherits =
                catalogue.create("analist", new ProgrammeDraft(owner).bare().build());
        long own = catalogue.create(
                "analist",
                new ProgrammeDraft(owner).with(d -> d.name = "Eigen doel").build());

        jdbc.sql("update organisation_settings set default_roi_objective_percent = 30")
                .update();

        assertThat(catalogue.roiObjective(catalogue.byId(inherits).orElseThrow()))
                .isEqualTo(new RoiObjective(new BigDecimal("30.000"), true));
        assertThat(catalogue.roiObjective(catalogue.byId(own).orElseThrow()))
                .isEqualTo(new RoiObjective(new BigDecimal("40.500"), false));
        assertThat(jdbc.sql("select count(*) from programme where roi_objective_percent is null")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void recordsEveryValueOfANewProgrammeButNotWhoTheSponsorIs() {
        long id = catalogue.create("analist", new ProgrammeDraft(owner).build());

        assertThat(catalogue.changes(id))
                .extracting(
                        ProgrammeChange::changedBy,
                        ProgrammeChange::subject,
                        ProgrammeChange::subjectId,
                        ProgrammeChange::field,
                        ProgrammeChange::oldValue,
                        ProgrammeChange::newValue)
                .contains(
                        tuple("analist", Subject.PROGRAMME, id, "name", none(), Optional.of("Leiderschap in de zorg")),
                        tuple("analist", Subject.PROGRAMME, id, "owner_id", none(), Optional.of(String.valueOf(owner))),
                        tuple("analist", Subject.PROGRAMME, id, "sponsor", none(), none()),
                        tuple("analist", Subject.PROGRAMME, id, "roi_objective_percent", none(), Optional.of("40.500")),
                        tuple("analist", Subject.PROGRAMME, id, "lms_course", none(), Optional.of("LMS-LEAD-01")),
                        tuple("analist", Subject.PROGRAMME, id, "lms_course", none(), Optional.of("LMS-LEAD-02")))
                .hasSize(14);
    }

    @Test
    void savesAChangeAndRecordsOnlyTheValuesThatChanged() {
        long id = catalogue.create("analist", new ProgrammeDraft(owner).build());
        long successor = data.user("successor");
        jdbc.sql("delete from programme_change").update();

        catalogue.update(
                "beheerder",
                id,
                0,
                new ProgrammeDraft(successor)
                        .with(draft -> {
                            draft.status = ProgrammeStatus.COMPLETED;
                            draft.sponsor = Optional.of("Raad van Bestuur");
                            draft.roiObjectivePercent = Optional.empty();
                            draft.lmsCourseIds = Set.of("LMS-LEAD-02", "LMS-LEAD-03");
                        })
                        .build());

        Programme saved = catalogue.byId(id).orElseThrow();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.details().ownerId()).isEqualTo(successor);
        assertThat(saved.details().lmsCourseIds()).containsExactly("LMS-LEAD-02", "LMS-LEAD-03");
        assertThat(catalogue.changes(id))
                .extracting(ProgrammeChange::field, ProgrammeChange::oldValue, ProgrammeChange::newValue)
                .containsExactlyInAnyOrder(
                        tuple("owner_id", Optional.of(String.valueOf(owner)), Optional.of(String.valueOf(successor))),
                        tuple("sponsor", none(), none()),
                        tuple("status", Optional.of("running"), Optional.of("completed")),
                        tuple("roi_objective_percent", Optional.of("40.500"), none()),
                        tuple("lms_course", Optional.of("LMS-LEAD-01"), none()),
                        tuple("lms_course", none(), Optional.of("LMS-LEAD-03")));
    }

    @Test
    void refusesAStaleChangeAndWritesNothing() {
        long id = catalogue.create("analist", new ProgrammeDraft(owner).build());
        catalogue.update(
                "een",
                id,
                0,
                new ProgrammeDraft(owner).with(d -> d.name = "Eerste").build());

        data.assertRejectedWritingNothing(
                () -> catalogue.update(
                        "twee",
                        id,
                        0,
                        new ProgrammeDraft(owner).with(d -> d.name = "Tweede").build()),
                "version",
                "programme.error.stale");
        assertThat(catalogue.byId(id).orElseThrow().details().name()).isEqualTo("Eerste");
    }

    @Test
    void refusesATakenNameAnUnknownOwnerOrAnUnknownProgramme() {
        long id = catalogue.create("analist", new ProgrammeDraft(owner).build());
        ProgrammeDraft other = new ProgrammeDraft(owner).bare();

        data.assertRejectedWritingNothing(
                () -> catalogue.create("analist", other.build()), "name", "programme.error.name.taken");
        data.assertRejectedWritingNothing(
                () -> catalogue.create(
                        "analist",
                        other.with(d -> d.name = "Nieuw")
                                .with(d -> d.ownerId = owner + 999)
                                .build()),
                "ownerId",
                "programme.error.owner");
        data.assertRejectedWritingNothing(
                () -> catalogue.update("analist", id + 999, 0, new ProgrammeDraft(owner).build()),
                "programmeId",
                "programme.error.unknown");
    }

    @Test
    void givesEachLmsCourseToOneProgrammeOnly() {
        long first = catalogue.create("analist", new ProgrammeDraft(owner).build());
        ProgrammeDraft second = new ProgrammeDraft(owner).bare().with(d -> {
            d.name = "Tweede";
            d.lmsCourseIds = Set.of("LMS-NEW", " LMS-LEAD-02 ");
        });

        data.assertRejectedWritingNothing(
                () -> catalogue.create("analist", second.build()), "lmsCourseIds", "programme.error.lmsCourseId.taken");

        catalogue.update(
                "analist",
                first,
                0,
                new ProgrammeDraft(owner)
                        .with(d -> d.lmsCourseIds = Set.of("LMS-LEAD-01"))
                        .build());
        long secondId = catalogue.create("analist", second.build());
        assertThat(catalogue.byLmsCourseId(" LMS-LEAD-02")).map(Programme::id).contains(secondId);
        assertThat(catalogue.byLmsCourseId("LMS-LEAD-01")).map(Programme::id).contains(first);
        assertThat(catalogue.byLmsCourseId("lms-lead-01")).isEmpty();
    }

    @Test
    void theDatabaseItselfRefusesAMandatoryProgrammeWithoutDueDate() {
        long id = catalogue.create("analist", new ProgrammeDraft(owner).build());

        assertThatThrownBy(() -> jdbc.sql("update programme set due_date = null where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static Optional<String> none() {
        return Optional.empty();
    }
}
