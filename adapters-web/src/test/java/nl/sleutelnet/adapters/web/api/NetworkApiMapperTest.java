package nl.sleutelnet.adapters.web.api;

import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.aKeyPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.GrondslagDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.LidDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PaginaDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PartnerDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.SleutelpersonenDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.SleutelpersoonDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.SleutelpersoonSamenvattingDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.StatuswijzigingDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.VerbindingDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.VoordrachtDto;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.LanguageCode;
import nl.sleutelnet.domain.network.LegalBasis;
import nl.sleutelnet.domain.network.LegalGround;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Nomination;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.PartnerKind;
import nl.sleutelnet.domain.network.ProcessingPurpose;
import nl.sleutelnet.domain.network.Reach;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieId;
import nl.sleutelnet.domain.network.TieKind;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

/** The network mapper field by field, and there and back again: every field arrives under its Dutch name. */
class NetworkApiMapperTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-01T09:00:00Z");
    private static final AccountId COORDINATOR = new AccountId(UUID.fromString("00000000-0000-0000-0000-00000000c0de"));
    private static final UUID NOMINATOR = UUID.fromString("11111111-2222-3333-4444-555555555555");

    private final NetworkApiMapper mapper = NetworkApiMapper.INSTANCE;

    /** A key person with every field filled in: nominated, with consent, active, paused by withdrawal. */
    private static KeyPerson everything() {
        KeyPerson.Profile profile = new KeyPerson.Profile("Anna de Vries",
                new ContactDetails("anna@example.org", "06-12345678"),
                new TreeSet<>(Set.of(NeighbourhoodCode.of("BU09350207"), NeighbourhoodCode.of("BU09350204"))),
                List.of(new Reach("ouders van basisschool De Spoorzoeker"), new Reach("voetbalclub MVV-jeugd")),
                Set.of(ThemeCode.of("wij-zij"), ThemeCode.of("complotdenken")),
                Set.of(LanguageCode.of("nl"), LanguageCode.of("ar")), COORDINATOR, "Belt liever dan mailt");
        return KeyPerson.register(new KeyPersonId(UUID.randomUUID()), profile,
                        LegalBasis.consent(LocalDate.of(2026, 3, 1),
                                EnumSet.of(ProcessingPurpose.NETWORK_CONTACT, ProcessingPurpose.POLLS),
                                "getekend formulier"),
                        new Nomination(MemberRef.partner(NOMINATOR), "Kent iedereen op het plein"), REGISTERED,
                        COORDINATOR)
                .changeStatus(KeyPersonStatus.ACTIVE, REGISTERED.plusSeconds(3600), "Kennismaking", COORDINATOR)
                .recordContact(LocalDate.of(2026, 3, 5))
                .withdrawConsent(LocalDate.of(2026, 4, 1), REGISTERED.plusSeconds(86_400 * 31), COORDINATOR);
    }

    @Test
    void aKeyPersonFieldByField() {
        KeyPerson anna = everything();
        SleutelpersoonDto dto = mapper.toDto(anna);

        assertThat(dto.id()).isEqualTo(anna.id().value());
        assertThat(dto.naam()).isEqualTo("Anna de Vries");
        assertThat(dto.email()).isEqualTo("anna@example.org");
        assertThat(dto.telefoon()).isEqualTo("06-12345678");
        assertThat(dto.buurten()).containsExactly("BU09350204", "BU09350207");
        assertThat(dto.bereik()).containsExactly("ouders van basisschool De Spoorzoeker", "voetbalclub MVV-jeugd");
        assertThat(dto.themas()).containsExactly("complotdenken", "wij-zij");
        assertThat(dto.talen()).containsExactly("ar", "nl");
        assertThat(dto.contactpersoon()).isEqualTo(COORDINATOR.value());
        assertThat(dto.notities()).isEqualTo("Belt liever dan mailt");
        assertThat(dto.laatsteContact()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(dto.status()).isEqualTo("PAUSED");
        assertThat(dto.grondslag()).isEqualTo(new GrondslagDto("CONSENT", LocalDate.of(2026, 3, 1),
                List.of("NETWORK_CONTACT", "POLLS"), "getekend formulier", null, LocalDate.of(2026, 4, 1), false));
        assertThat(dto.voordracht()).isEqualTo(new VoordrachtDto("PARTNER", NOMINATOR, "Kent iedereen op het plein"));
        assertThat(dto.historie()).containsExactly(
                new StatuswijzigingDto(null, "CANDIDATE", REGISTERED, "Voorgedragen", COORDINATOR.value()),
                new StatuswijzigingDto("CANDIDATE", "ACTIVE", REGISTERED.plusSeconds(3600), "Kennismaking",
                        COORDINATOR.value()),
                new StatuswijzigingDto("ACTIVE", "PAUSED", REGISTERED.plusSeconds(86_400 * 31),
                        KeyPerson.CONSENT_WITHDRAWN, COORDINATOR.value()));
        assertThat(dto.geregistreerdOp()).isEqualTo(REGISTERED);
        assertThat(dto.versie()).isEqualTo(anna.version());
    }

    @Test
    void aKeyPersonThereAndBackAgain() {
        KeyPerson anna = everything();
        assertThat(mapper.toSnapshot(mapper.toDto(anna))).isEqualTo(anna.snapshot());
        assertThat(KeyPerson.reconstitute(mapper.toSnapshot(mapper.toDto(anna)))).isEqualTo(anna);

        KeyPerson bare = aKeyPerson().withoutLegalBasis().candidate().build();
        SleutelpersoonDto dto = mapper.toDto(bare);
        assertThat(dto.grondslag()).isNull();
        assertThat(dto.voordracht()).isNull();
        assertThat(dto.contactpersoon()).isNull();
        assertThat(dto.laatsteContact()).isNull();
        assertThat(dto.telefoon()).isNull();
        assertThat(mapper.toSnapshot(dto)).isEqualTo(bare.snapshot());
    }

    @Test
    void anotherLegalGroundThereAndBackAgain() {
        LegalBasis task = LegalBasis.other(LegalGround.PUBLIC_TASK, LocalDate.of(2026, 1, 15),
                EnumSet.of(ProcessingPurpose.SIGNALS), "Raadsbesluit 2021/123");
        GrondslagDto dto = mapper.toDto(task);
        assertThat(dto).isEqualTo(new GrondslagDto("PUBLIC_TASK", LocalDate.of(2026, 1, 15), List.of("SIGNALS"),
                null, "Raadsbesluit 2021/123", null, true));
        assertThat(mapper.toLegalBasis(dto)).isEqualTo(task);
    }

    @Test
    void aPageOfSummaries() {
        KeyPerson anna = everything();
        KeyPerson other = aKeyPerson().named("Bram").build();
        Page<KeyPerson> page = new Page<>(List.of(anna, other), 1, 2, 5);
        SleutelpersonenDto dto = mapper.toDto(page);
        assertThat(dto.pagina()).isEqualTo(new PaginaDto(1, 2, 5, 3));
        assertThat(dto.sleutelpersonen()).containsExactly(
                new SleutelpersoonSamenvattingDto(anna.id().value(), "Anna de Vries",
                        List.of("BU09350204", "BU09350207"), List.of("complotdenken", "wij-zij"), "PAUSED",
                        LocalDate.of(2026, 3, 5)),
                new SleutelpersoonSamenvattingDto(other.id().value(), "Bram", List.of("BU09350207"),
                        List.of("wij-zij"), "ACTIVE", null));
        assertThat(mapper.toDto(Page.of(List.<KeyPerson>of(), PageRequest.first())).pagina())
                .isEqualTo(new PaginaDto(0, 25, 0, 0));
    }

    @Test
    void partners() {
        Partner partner = Partner.register(new PartnerId(UUID.randomUUID()), "Wijkagent Malberg",
                PartnerKind.COMMUNITY_POLICE_OFFICER, Set.of(NeighbourhoodCode.of("BU09350207")),
                new ContactDetails("wijkagent@example.org", "0900-8844"), "Spreekuur op dinsdag");
        PartnerDto dto = mapper.toDto(partner);
        assertThat(dto).isEqualTo(new PartnerDto(partner.id().value(), "Wijkagent Malberg",
                "COMMUNITY_POLICE_OFFICER", List.of("BU09350207"), "wijkagent@example.org", "0900-8844",
                "Spreekuur op dinsdag", true, 0));
        assertThat(mapper.toSnapshot(dto)).isEqualTo(partner.snapshot());

        Partner retired = partner.change("Wijkagent Malberg", PartnerKind.COMMUNITY_POLICE_OFFICER,
                partner.neighbourhoods(), ContactDetails.none(), "", false);
        PartnerDto inactive = mapper.toDto(retired);
        assertThat(inactive.actief()).isFalse();
        assertThat(inactive.email()).isNull();
        assertThat(mapper.toSnapshot(inactive)).isEqualTo(retired.snapshot());
    }

    @Test
    void tiesWithTheirEndsInFixedOrder() {
        UUID keyPerson = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        Tie tie = Tie.connect(new TieId(UUID.randomUUID()), MemberRef.partner(partner), MemberRef.keyPerson(keyPerson),
                TieKind.WORKS_WITH, 4, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 1));
        VerbindingDto dto = mapper.toDto(tie);
        assertThat(dto).isEqualTo(new VerbindingDto(tie.id().value(), new LidDto("KEY_PERSON", keyPerson),
                new LidDto("PARTNER", partner), "WORKS_WITH", 4, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 1),
                0));
        assertThat(mapper.toSnapshot(dto)).isEqualTo(tie.snapshot());

        Tie fresh = Tie.connect(new TieId(UUID.randomUUID()), MemberRef.keyPerson(keyPerson),
                MemberRef.keyPerson(UUID.randomUUID()), TieKind.KNOWS, 1, LocalDate.of(2026, 1, 1), null);
        assertThat(mapper.toDto(fresh).laatsteContact()).isNull();
        assertThat(mapper.toSnapshot(mapper.toDto(fresh))).isEqualTo(fresh.snapshot());
    }
}
