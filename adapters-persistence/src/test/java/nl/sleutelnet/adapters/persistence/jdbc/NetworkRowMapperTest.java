package nl.sleutelnet.adapters.persistence.jdbc;

import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.COORDINATOR;
import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.aKeyPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Nomination;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.PartnerKind;
import nl.sleutelnet.domain.network.StatusChange;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieId;
import nl.sleutelnet.domain.network.TieKind;
import org.junit.jupiter.api.Test;

/** Network rows there and back again: nothing dropped, nothing bent. */
class NetworkRowMapperTest {

    private final NetworkRowMapper mapper = NetworkRowMapper.INSTANCE;

    @Test
    void keyPersons() {
        KeyPerson plain = aKeyPerson().candidate().withoutLegalBasis().build();
        KeyPerson full = KeyPerson.register(new KeyPersonId(UUID.randomUUID()), aKeyPerson().profile(),
                aKeyPerson().build().legalBasis().orElseThrow(),
                new Nomination(MemberRef.partner(UUID.randomUUID()), "Kent het plein"),
                Instant.parse("2025-01-01T10:00:00Z"), COORDINATOR)
                .changeStatus(KeyPersonStatus.ACTIVE, Instant.parse("2025-01-02T10:00:00Z"), "Start", COORDINATOR)
                .recordContact(LocalDate.of(2025, 1, 3))
                .withdrawConsent(LocalDate.of(2025, 2, 1), Instant.parse("2025-02-01T10:00:00Z"), COORDINATOR);
        for (KeyPerson person : List.of(plain, full)) {
            KeyPerson.Snapshot s = person.snapshot();
            Rows.KeyPersonRow row = mapper.toRow(s);
            assertThat(row.status()).isEqualTo(person.status().name());
            List<StatusChange> history = s.history().stream()
                    .map(c -> mapper.toStatusChange(mapper.toRow(c, s.id().value(), 0))).toList();
            assertThat(history).isEqualTo(s.history());
            assertThat(mapper.toSnapshot(row, s.profile().neighbourhoods(), s.profile().themes(), history))
                    .isEqualTo(s);
        }
    }

    @Test
    void partners() {
        Partner partner = Partner.register(new PartnerId(UUID.randomUUID()), "Woonpunt", PartnerKind.HOUSING_CORPORATION,
                Set.of(NeighbourhoodCode.of("BU09350402")), new ContactDetails("info@woonpunt.example", "043 123 45 67"),
                "Buurtconsulent");
        Partner.Snapshot s = partner.snapshot();
        assertThat(mapper.toSnapshot(mapper.toRow(s), s.neighbourhoods())).isEqualTo(s);
    }

    @Test
    void ties() {
        Tie tie = Tie.connect(new TieId(UUID.randomUUID()), MemberRef.keyPerson(UUID.randomUUID()),
                MemberRef.partner(UUID.randomUUID()), TieKind.REFERRED, 3, LocalDate.of(2024, 5, 1),
                LocalDate.of(2025, 5, 1));
        assertThat(mapper.toSnapshot(mapper.toRow(tie.snapshot()))).isEqualTo(tie.snapshot());
    }
}
