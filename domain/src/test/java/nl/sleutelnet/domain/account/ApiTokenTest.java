package nl.sleutelnet.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private static ApiTokenSecret secret(int fill) {
        byte[] bytes = new byte[ApiTokenSecret.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) fill);
        return ApiTokenSecret.fromRandomBytes(bytes);
    }

    @Test
    void aTokenKeepsOnlyTheHashOfItsSecret() {
        ApiTokenSecret secret = secret(7);
        ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
                "Zaaksysteem", secret, NOW, new AccountId(UUID.randomUUID()));
        assertThat(secret.reveal()).startsWith("snt_").hasSize(47);
        assertThat(ApiTokenSecret.looksLikeToken(secret.reveal())).isTrue();
        assertThat(token.secretHash()).hasSize(64).doesNotContain(secret.reveal());
        assertThat(token.matches(ApiTokenSecret.parse(secret.reveal()))).isTrue();
        assertThat(token.matches(secret(8))).isFalse();
        assertThat(secret.toString()).doesNotContain(secret.reveal());
    }

    @Test
    void aRevokedTokenIsInactiveAndCannotBeRevokedTwice() {
        ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
                "Zaaksysteem", secret(1), NOW, new AccountId(UUID.randomUUID()));
        ApiToken revoked = token.revoke(NOW.plusSeconds(60));
        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(60));
        assertThatThrownBy(() -> revoked.revoke(NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void somethingElseIsNotAToken() {
        assertThat(ApiTokenSecret.looksLikeToken("Bearer abc")).isFalse();
        assertThat(ApiTokenSecret.looksLikeToken(null)).isFalse();
    }
}
