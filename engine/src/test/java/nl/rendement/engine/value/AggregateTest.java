package nl.rendement.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AggregateTest {

    @Test
    void marksAFigureOnFewerThanKPeople() {
        assertThat(Aggregate.of(4.2, 4, 5).mark()).isEqualTo(Aggregate.SmallGroup.FEWER_THAN_K);
        assertThat(Aggregate.of(4.2, 5, 5).marked()).isFalse();
        assertThat(Aggregate.of(0.0, 0, 5).marked())
                .as("nobody: nothing to hide")
                .isFalse();
    }

    @Test
    void marksAPartWhoseComplementWithinTheShownTotalIsSmall() {
        // 9 of 12 cite a barrier: the 3 who do not are fewer than 5.
        assertThat(Aggregate.part(75.0, 9, 12, 5).mark()).isEqualTo(Aggregate.SmallGroup.COMPLEMENT_BELOW_K);
        assertThat(Aggregate.part(25.0, 3, 12, 5).mark()).isEqualTo(Aggregate.SmallGroup.FEWER_THAN_K);
        assertThat(Aggregate.part(50.0, 6, 12, 5).marked()).isFalse();
        assertThat(Aggregate.part(100.0, 12, 12, 5).marked())
                .as("the whole total")
                .isFalse();
    }
}
