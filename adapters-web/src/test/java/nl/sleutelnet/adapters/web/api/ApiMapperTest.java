package nl.sleutelnet.adapters.web.api;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.Dtos.BuurtDto;
import nl.sleutelnet.adapters.web.api.Dtos.GebruikerDto;
import nl.sleutelnet.adapters.web.api.Dtos.ThemaDto;
import nl.sleutelnet.adapters.web.api.Dtos.TokenDto;
import nl.sleutelnet.adapters.web.api.Dtos.WijkDto;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;
import nl.sleutelnet.domain.account.ApiTokenSecret;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.geography.Polygon;
import nl.sleutelnet.domain.geography.Position;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

/** The API mapper there and back again: every field arrives under its Dutch name and comes back unchanged. */
class ApiMapperTest {

    private final ApiMapper mapper = ApiMapper.INSTANCE;
    private static final Polygon SQUARE = new Polygon(List.of(List.of(new Position(5.68, 50.84),
            new Position(5.69, 50.84), new Position(5.69, 50.85), new Position(5.68, 50.84))));

    @Test
    void buurten() {
        Neighbourhood malberg = new Neighbourhood(NeighbourhoodCode.of("BU09350207"), "Malberg", 5355, 2025, SQUARE);
        BuurtDto dto = mapper.toDto(malberg);
        assertThat(dto).isEqualTo(new BuurtDto("BU09350207", "Malberg", "WK093502", 5355, 2025,
                new Dtos.GeometrieDto("Polygon", List.of(List.of(List.of(5.68, 50.84), List.of(5.69, 50.84),
                        List.of(5.69, 50.85), List.of(5.68, 50.84))))));
        assertThat(mapper.toDomain(dto)).isEqualTo(malberg);

        Neighbourhood unknown = new Neighbourhood(NeighbourhoodCode.of("BU09350105"), "Sint Pieter", null, null, null);
        assertThat(mapper.toDomain(mapper.toDto(unknown))).isEqualTo(unknown);
    }

    @Test
    void wijken() {
        Neighbourhood a = new Neighbourhood(NeighbourhoodCode.of("BU09350000"), "Binnenstad", 2325, 2025, null);
        Neighbourhood b = new Neighbourhood(NeighbourhoodCode.of("BU09350001"), "Jekerkwartier", null, null, null);
        WijkDto dto = mapper.toDto(DistrictSummary.of(new District(DistrictCode.of("WK093500"), "Centrum", SQUARE),
                List.of(a, b)));
        assertThat(dto).isEqualTo(new WijkDto("WK093500", "Centrum", 2325, 1, List.of("BU09350000", "BU09350001")));
    }

    @Test
    void themas() {
        Theme.Snapshot theme = Theme.register(ThemeCode.of("wij-zij"), "Wij-zij-denken", "Groepen", 7).retire()
                .snapshot();
        ThemaDto dto = mapper.toDto(theme);
        assertThat(dto).isEqualTo(new ThemaDto("wij-zij", "Wij-zij-denken", "Groepen", 7, false, 0));
        assertThat(mapper.toSnapshot(dto)).isEqualTo(theme);
    }

    @Test
    void gebruikersWithoutTheirPasswordHash() {
        Account account = anAccount().named("wijkagent").withRoles(Role.PROFESSIONAL, Role.KEY_PERSON)
                .activeIn("BU09350207").disabled().build();
        GebruikerDto dto = mapper.toDto(account);
        assertThat(dto.gebruikersnaam()).isEqualTo("wijkagent");
        assertThat(dto.rollen()).containsExactly("PROFESSIONAL", "KEY_PERSON");
        assertThat(dto.buurten()).containsExactly("BU09350207");
        assertThat(dto.actief()).isFalse();
        assertThat(dto.toString()).doesNotContain(account.passwordHash().value());
        Account.Snapshot back = mapper.toSnapshot(dto);
        assertThat(back).usingRecursiveComparison().ignoringFields("passwordHash").isEqualTo(account.snapshot());
        assertThat(back.passwordHash()).isNull();
    }

    @Test
    void tokens() {
        byte[] random = new byte[ApiTokenSecret.RANDOM_BYTES];
        Arrays.fill(random, (byte) 9);
        Account account = anAccount().build();
        ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), account.id(), "Koppeling",
                ApiTokenSecret.fromRandomBytes(random), Instant.parse("2026-05-01T12:00:00Z"), account.id());
        TokenDto active = mapper.toDto(token);
        assertThat(active).isEqualTo(new TokenDto(token.id().value(), account.id().value(), "Koppeling",
                Instant.parse("2026-05-01T12:00:00Z"), account.id().value(), null, true));
        TokenDto revoked = mapper.toDto(token.revoke(Instant.parse("2026-06-01T12:00:00Z")));
        assertThat(revoked.actief()).isFalse();
        assertThat(revoked.ingetrokkenOp()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
    }
}
