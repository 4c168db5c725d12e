package nl.rendement.app.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.rendement.app.organisation.OrganisationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammeDetailsTest {

    @Test
    void stripsTextsAndTreatsBlankOptionalTextsAsAbsent() {
        ProgrammeDetails details = new ProgrammeDraft(1)
                .with(draft -> {
                    draft.name = "  Onboarding 2025 ";
                    draft.description = Optional.of("   ");
                    draft.sponsor = Optional.of(" COO ");
                    draft.lmsCourseIds = Set.of(" B-2", "A-1 ");
                })
                .build();

        assertThat(details.name()).isEqualTo("Onboarding 2025");
        assertThat(details.description()).isEmpty();
        assertThat(details.sponsor()).contains("COO");
        assertThat(details.lmsCourseIds()).containsExactly("A-1", "B-2");
    }

    @Test
    void keepsTheRoiObjectiveAtThreeDecimalsSoThatStoredValuesCompareEqual() {
        ProgrammeDetails details = new ProgrammeDraft(1)
                .with(draft -> draft.roiObjectivePercent = Optional.of(new BigDecimal("40.5")))
                .build();

        assertThat(details.roiObjectivePercent()).contains(new BigDecimal("40.500"));
    }

    @Test
    void usesTheOrganisationsObjectiveOnlyWhenTheProgrammeHasNoneOfItsOwn() {
        OrganisationSettings organisation = OrganisationFixture.withDefaultRoiObjective("25");
        Programme own = new Programme(1, 0, new ProgrammeDraft(1).build());
        Programme inherited = new Programme(2, 0, new ProgrammeDraft(1).bare().build());

        assertThat(own.roiObjective(organisation)).isEqualTo(new RoiObjective(new BigDecimal("40.500"), false));
        assertThat(inherited.roiObjective(organisation)).isEqualTo(new RoiObjective(new BigDecimal("25"), true));
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                rejected("no name", draft -> draft.name = null, "name", "programme.error.name"),
                rejected("blank name", draft -> draft.name = "  ", "name", "programme.error.name"),
                rejected("long name", draft -> draft.name = "x".repeat(201), "name", "programme.error.name"),
                rejected("no type", draft -> draft.type = null, "type", "programme.error.type"),
                rejected(
                        "long description",
                        draft -> draft.description = Optional.of("x".repeat(4001)),
                        "description",
                        "programme.error.description"),
                rejected("no owner", draft -> draft.ownerId = 0, "ownerId", "programme.error.owner"),
                rejected(
                        "long sponsor",
                        draft -> draft.sponsor = Optional.of("x".repeat(201)),
                        "sponsor",
                        "programme.error.sponsor"),
                rejected("no status", draft -> draft.status = null, "status", "programme.error.status"),
                rejected(
                        "long target population",
                        draft -> draft.targetPopulation = Optional.of("x".repeat(501)),
                        "targetPopulation",
                        "programme.error.targetPopulation"),
                rejected(
                        "no delivery mode",
                        draft -> draft.deliveryMode = null,
                        "deliveryMode",
                        "programme.error.deliveryMode"),
                rejected(
                        "mandatory without due date",
                        draft -> draft.dueDate = Optional.empty(),
                        "dueDate",
                        "programme.error.dueDate"),
                rejected(
                        "due date without mandatory",
                        draft -> draft.mandatory = false,
                        "dueDate",
                        "programme.error.dueDate"),
                rejected("roi below -100%", roi("-100.001"), "roiObjectivePercent", "programme.error.roiObjective"),
                rejected("roi above 10000%", roi("10000.001"), "roiObjectivePercent", "programme.error.roiObjective"),
                rejected("roi with 4 decimals", roi("12.0001"), "roiObjectivePercent", "programme.error.roiObjective"),
                rejected("level -1", draft -> draft.targetLevel = -1, "targetLevel", "programme.error.targetLevel"),
                rejected("level 6", draft -> draft.targetLevel = 6, "targetLevel", "programme.error.targetLevel"),
                rejected(
                        "blank course id",
                        draft -> draft.lmsCourseIds = Set.of(" "),
                        "lmsCourseIds",
                        "programme.error.lmsCourseId"),
                rejected(
                        "course id of 129 characters",
                        draft -> draft.lmsCourseIds = Set.of("c".repeat(129)),
                        "lmsCourseIds",
                        "programme.error.lmsCourseId"),
                rejected(
                        "course id twice once spaces go",
                        draft -> draft.lmsCourseIds = Set.of("C-1", " C-1"),
                        "lmsCourseIds",
                        "programme.error.lmsCourseId.repeated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsWithTheFieldAndItsMessageKey(
            String description, Consumer<ProgrammeDraft> change, String field, String key) {
        ProgrammeDraft draft = new ProgrammeDraft(1).with(change);

        assertThatThrownBy(draft::build).isInstanceOfSatisfying(ProgrammeRejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo(field);
            assertThat(rejected.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void acceptsTheBoundariesOfEveryRange() {
        ProgrammeDetails details = new ProgrammeDraft(1)
                .with(draft -> {
                    draft.name = "x".repeat(200);
                    draft.roiObjectivePercent = Optional.of(new BigDecimal("-100"));
                    draft.targetLevel = 0;
                    draft.lmsCourseIds = Set.of("c".repeat(128));
                    draft.dueDate = Optional.of(LocalDate.of(2030, 1, 1));
                })
                .build();

        assertThat(details.targetLevel()).isZero();
        assertThat(details.roiObjectivePercent()).contains(new BigDecimal("-100.000"));
    }

    private static Consumer<ProgrammeDraft> roi(String percent) {
        return draft -> draft.roiObjectivePercent = Optional.of(new BigDecimal(percent));
    }

    private static Arguments rejected(String description, Consumer<ProgrammeDraft> change, String field, String key) {
        return arguments(description, change, field, key);
    }
}
