package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final NewToken.Offer OFFER =
            new NewToken.Offer(Set.of("hr-snapshot", "leavers"), Set.of("hr-snapshot"), Set.of(3L, 7L));

    @Test
    void generatesSecretsOfTheDocumentedFormThatNeverRepeat() {
        String one = TokenSecret.generate();
        String other = TokenSecret.generate();

        assertThat(one).matches("rdm_[A-Za-z0-9_-]{43}");
        assertThat(TokenSecret.wellFormed(one)).isTrue();
        assertThat(one).isNotEqualTo(other);
        assertThat(TokenSecret.wellFormed("rdm_short")).isFalse();
    }

    @Test
    void storesTheSha256OfTheSecret() {
        // FIPS 180-2, appendix B.1: the SHA-256 of "abc"
        assertThat(TokenSecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void acceptsANamedTokenForOfferedKindsAndUnits() {
        NewToken.Checked checked =
                new NewToken("  HRIS nightly ", List.of("hr-snapshot"), List.of("7"), "2027-01-01").check(OFFER, TODAY);

        assertThat(checked)
                .isEqualTo(new NewToken.Checked(
                        "HRIS nightly", Set.of("hr-snapshot"), Set.of(7L), Optional.of(LocalDate.of(2027, 1, 1))));
    }

    @Test
    void refusesEachWrongFieldByName() {
        assertRefused(new NewToken("", List.of("leavers"), List.of(), ""), "name", "tokens.error.name");
        assertRefused(new NewToken("a:b", List.of("leavers"), List.of(), ""), "name", "tokens.error.name");
        assertRefused(new NewToken("HRIS", List.of(), List.of(), ""), "kinds", "tokens.error.kinds");
        assertRefused(new NewToken("HRIS", List.of("salaries"), List.of(), ""), "kinds", "tokens.error.kinds");
        assertRefused(new NewToken("HRIS", List.of("hr-snapshot"), List.of("9"), ""), "units", "tokens.error.units");
        assertRefused(
                new NewToken("HRIS", List.of("hr-snapshot", "leavers"), List.of("3"), ""),
                "units",
                "tokens.error.unitsNeedLimitableKinds");
        assertRefused(
                new NewToken("HRIS", List.of("leavers"), List.of(), "2026-11-27"), "expiresOn", "tokens.error.expiry");
        assertRefused(
                new NewToken("HRIS", List.of("leavers"), List.of(), "27-11-2027"), "expiresOn", "tokens.error.expiry");
    }

    @Test
    void aTokenIsRefusedFromItsExpiryDayOnAndOnceRevoked() {
        ApiToken expiring = token(Optional.of(TODAY), Optional.empty());
        ApiToken revoked = token(Optional.empty(), Optional.of(new ApiToken.Revocation("admin", Instant.EPOCH)));

        assertThat(expiring.activeOn(TODAY.minusDays(1))).isTrue();
        assertThat(expiring.activeOn(TODAY)).isFalse();
        assertThat(revoked.activeOn(TODAY)).isFalse();
        assertThat(expiring.actor()).isEqualTo("token:HRIS");
    }

    private static ApiToken token(Optional<LocalDate> expiresOn, Optional<ApiToken.Revocation> revoked) {
        return new ApiToken(
                1, "HRIS", Set.of("leavers"), Set.of(), "admin", Instant.EPOCH, expiresOn, Optional.empty(), revoked);
    }

    private static void assertRefused(NewToken request, String field, String key) {
        assertThatThrownBy(() -> request.check(OFFER, TODAY))
                .isInstanceOfSatisfying(AccountRejected.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo(field);
                    assertThat(rejected.messageKey()).isEqualTo(key);
                });
    }
}
