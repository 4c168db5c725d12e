package nl.rendement.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PlanDocumentsTest {

    @Test
    void readsBackEveryValueOfAFullPlan() {
        EvaluationPlan plan = PlanFixture.full();

        assertThat(PlanDocuments.read(PlanDocuments.write(plan))).isEqualTo(plan);
    }

    @Test
    void equalNumbersMakeEqualPlansWhateverTheirTrailingZeros() {
        String document = PlanDocuments.write(PlanFixture.full());
        String longer = document.replace("\"amount\":12.5", "\"amount\":12.500");

        assertThat(longer).isNotEqualTo(document);
        assertThat(PlanDocuments.read(longer)).isEqualTo(PlanFixture.full());
        assertThat(PlanDocuments.differences(document, longer)).isEmpty();
    }

    @Test
    void anOptionalSectionMayBeLeftOut() {
        ObjectNode document = (ObjectNode) PlanDocuments.tree(PlanFixture.full());
        document.remove("forecast");
        document.remove("discountRate");

        EvaluationPlan plan = PlanDocuments.read(document);

        assertThat(plan.forecast()).isEmpty();
        assertThat(plan.discountRate()).isEmpty();
    }

    @Test
    void namesTheFieldOfEveryRefusal() {
        String document = PlanDocuments.write(PlanFixture.full());

        ObjectNode withoutGoals = (ObjectNode) PlanDocuments.tree(PlanFixture.full());
        withoutGoals.remove("goals");
        assertThatThrownBy(() -> PlanDocuments.read(withoutGoals))
                .isInstanceOfSatisfying(
                        PlanRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("goals"));
        assertRefused("{", "", "plan.error.notJson");
        assertRefused(
                document.replace("\"preMonths\":3", "\"preMonths\":30"), "windows.preMonths", "plan.error.window");
        assertRefused(
                document.replace("\"trained\":\"COMPLETERS\"", "\"trained\":\"EVERYONE\""),
                "comparison.trained",
                "plan.error.unknownValue");
    }

    @Test
    void listsEachChangedPlainValueWithItsPath() {
        EvaluationPlan plan = PlanFixture.full();
        EvaluationPlan shorter = new EvaluationPlan(
                plan.goals(),
                plan.objectives(),
                plan.measures(),
                plan.windows(),
                plan.comparison(),
                new EvaluationPlan.Horizon(12, Optional.empty()),
                Optional.empty(),
                plan.costs(),
                plan.intangibles(),
                plan.expectations(),
                plan.forecast(),
                plan.rules());

        assertThat(PlanDocuments.differences(PlanDocuments.write(plan), PlanDocuments.write(shorter)))
                .extracting(PlanChange::field, PlanChange::before, PlanChange::after)
                .containsExactly(
                        tuple("discountRate.justification", "Kapitaalkosten volgens Finance", null),
                        tuple("discountRate.percent", "4", null),
                        tuple("horizon.justification", "Gedrag van leidinggevenden houdt twee jaar aan", null),
                        tuple("horizon.months", "24", "12"));
    }

    private static void assertRefused(String document, String field, String key) {
        assertThatThrownBy(() -> PlanDocuments.read(document)).isInstanceOfSatisfying(PlanRejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo(field);
            assertThat(rejected.messageKey()).isEqualTo(key);
        });
    }
}
