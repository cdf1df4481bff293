package nl.sleutelnet.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import org.junit.jupiter.api.Test;

class TieAndPartnerTest {

    private final MemberRef anna = MemberRef.keyPerson(new UUID(1, 1));
    private final MemberRef wijkagent = MemberRef.partner(new UUID(1, 2));

    @Test
    void aTieIsTheSameWhicheverEndComesFirst() {
        TieId id = new TieId(UUID.randomUUID());
        Tie one = Tie.connect(id, wijkagent, anna, TieKind.KNOWS, 3, LocalDate.of(2024, 1, 1), null);
        Tie other = Tie.connect(id, anna, wijkagent, TieKind.KNOWS, 3, LocalDate.of(2024, 1, 1), null);
        assertThat(one).isEqualTo(other);
        assertThat(one.a()).isEqualTo(anna);
        assertThat(one.otherEnd(anna)).isEqualTo(wijkagent);
    }

    @Test
    void aTieHasSensibleStrengthAndDates() {
        TieId id = new TieId(UUID.randomUUID());
        assertThatThrownBy(() -> Tie.connect(id, anna, anna, TieKind.KNOWS, 3, LocalDate.of(2024, 1, 1), null))
                .hasMessageContaining("two different members");
        assertThatThrownBy(() -> Tie.connect(id, anna, wijkagent, TieKind.KNOWS, 6, LocalDate.of(2024, 1, 1), null))
                .hasMessageContaining("1 (weak) to 5 (strong)");
        assertThatThrownBy(() -> Tie.connect(id, anna, wijkagent, TieKind.KNOWS, 2, LocalDate.of(2024, 1, 1),
                LocalDate.of(2023, 12, 1))).hasMessageContaining("cannot be before");
        Tie tie = Tie.connect(id, anna, wijkagent, TieKind.WORKS_WITH, 2, LocalDate.of(2024, 1, 1), null);
        assertThat(tie.recordContact(LocalDate.of(2024, 5, 1)).lastContact()).contains(LocalDate.of(2024, 5, 1));
    }

    @Test
    void aPartnerServesAtLeastOneBuurt() {
        assertThatThrownBy(() -> Partner.register(new PartnerId(UUID.randomUUID()), "Wijkagent Malberg",
                PartnerKind.COMMUNITY_POLICE_OFFICER, Set.of(), null, null))
                .hasMessageContaining("at least one buurt");
        Partner partner = Partner.register(new PartnerId(UUID.randomUUID()), "Trajekt", PartnerKind.WELFARE,
                Set.of(NeighbourhoodCode.of("BU09350207")), new ContactDetails("info@trajekt.example", "043 123 4567"),
                null);
        assertThat(partner.active()).isTrue();
        assertThat(partner.change("Trajekt welzijn", PartnerKind.WELFARE, partner.neighbourhoods(), partner.contact(),
                "", false).active()).isFalse();
    }

    @Test
    void contactDetailsAreChecked() {
        assertThatThrownBy(() -> new ContactDetails("geen-adres", null)).hasMessageContaining("not an e-mail");
        assertThatThrownBy(() -> new ContactDetails(null, "bel me")).hasMessageContaining("not a phone number");
        assertThat(new ContactDetails(" ", "")).isEqualTo(ContactDetails.none());
    }
}
