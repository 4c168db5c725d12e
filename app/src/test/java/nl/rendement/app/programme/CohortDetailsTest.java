package nl.rendement.app.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohortDetailsTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    @Test
    void takesTheLanguageFromAnyTagOfASupportedLanguage() {
        CohortDetails cohort = cohort("Voorjaar", START, START, Locale.forLanguageTag("nl-BE"));

        assertThat(cohort.language()).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void allowsAOneDayCohort() {
        assertThat(cohort("Eendaags", START, START, Locale.ENGLISH).end()).isEqualTo(START);
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertRejected(
                () -> cohort("Voorjaar", START, START.minusDays(1), Locale.ENGLISH),
                "end",
                "programme.error.cohort.endBeforeStart");
    }

    @Test
    void rejectsALanguageRendementDoesNotSpeak() {
        assertRejected(
                () -> cohort("Voorjaar", START, START, Locale.GERMAN), "language", "programme.error.cohort.language");
    }

    @Test
    void rejectsMissingOrOverlongValues() {
        assertRejected(() -> cohort(" ", START, START, Locale.ENGLISH), "name", "programme.error.cohort.name");
        assertRejected(
                () -> cohort("x".repeat(101), START, START, Locale.ENGLISH), "name", "programme.error.cohort.name");
        assertRejected(() -> cohort("A", null, START, Locale.ENGLISH), "start", "programme.error.cohort.start");
        assertRejected(() -> cohort("A", START, null, Locale.ENGLISH), "end", "programme.error.cohort.end");
        assertRejected(
                () -> new CohortDetails(
                        "A", START, START, DeliveryMode.CLASSROOM, Optional.of("x".repeat(201)), Locale.ENGLISH),
                "location",
                "programme.error.cohort.location");
        assertRejected(
                () -> new CohortDetails("A", START, START, null, Optional.empty(), Locale.ENGLISH),
                "deliveryMode",
                "programme.error.deliveryMode");
    }

    private static CohortDetails cohort(String name, LocalDate start, LocalDate end, Locale language) {
        return new CohortDetails(name, start, end, DeliveryMode.CLASSROOM, Optional.of("Utrecht"), language);
    }

    static void assertRejected(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProgrammeRejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo(field);
            assertThat(rejected.messageKey()).isEqualTo(key);
        });
    }
}
