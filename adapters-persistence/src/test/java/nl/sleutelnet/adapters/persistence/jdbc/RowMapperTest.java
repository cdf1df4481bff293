package nl.sleutelnet.adapters.persistence.jdbc;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;
import nl.sleutelnet.domain.account.ApiTokenSecret;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.theme.DefaultThemes;
import nl.sleutelnet.domain.theme.Theme;
import org.junit.jupiter.api.Test;

/** Every mapping there and back again gives the same value: no field is dropped or bent on the way. */
class RowMapperTest {

    private final RowMapper mapper = RowMapper.INSTANCE;
    private final MaastrichtRegister maastricht = MaastrichtRegister.load();

    @Test
    void districts() {
        for (District d : maastricht.districts()) {
            assertThat(mapper.toDistrict(mapper.toRow(d))).isEqualTo(d);
        }
    }

    @Test
    void neighbourhoods() {
        for (Neighbourhood n : maastricht.neighbourhoods()) {
            Rows.NeighbourhoodRow row = mapper.toRow(n);
            assertThat(row.districtCode()).isEqualTo(n.district().value());
            assertThat(mapper.toNeighbourhood(row)).isEqualTo(n);
        }
    }

    @Test
    void themes() {
        for (Theme t : DefaultThemes.all()) {
            Theme.Snapshot retired = t.retire().snapshot();
            assertThat(mapper.toSnapshot(mapper.toRow(retired))).isEqualTo(retired);
        }
    }

    @Test
    void accounts() {
        Account account = anAccount().withRoles(Role.ADMIN, Role.ANALYST, Role.KEY_PERSON)
                .activeIn("BU09350000", "BU09350602").withEmail("beheer@maastricht.nl").disabled().build();
        Rows.AccountRow row = mapper.toRow(account.snapshot());
        assertThat(row.roles()).isEqualTo("ADMIN,ANALYST,KEY_PERSON");
        assertThat(row.neighbourhoods()).isEqualTo("BU09350000,BU09350602");
        assertThat(row.email()).isEqualTo("beheer@maastricht.nl");
        assertThat(mapper.toSnapshot(row)).isEqualTo(account.snapshot());
        Account.Snapshot without = anAccount().build().snapshot();
        assertThat(mapper.toRow(without).email()).isNull();
        assertThat(mapper.toSnapshot(mapper.toRow(without))).isEqualTo(without);
    }

    @Test
    void apiTokens() {
        byte[] random = new byte[ApiTokenSecret.RANDOM_BYTES];
        Arrays.fill(random, (byte) 4);
        Account account = anAccount().build();
        ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), account.id(), "Koppeling",
                ApiTokenSecret.fromRandomBytes(random), Instant.parse("2026-05-01T12:00:00Z"), account.id());
        for (ApiToken t : new ApiToken[] {token, token.revoke(Instant.parse("2026-06-01T12:00:00Z"))}) {
            assertThat(mapper.toSnapshot(mapper.toRow(t.snapshot()))).isEqualTo(t.snapshot());
        }
    }
}
