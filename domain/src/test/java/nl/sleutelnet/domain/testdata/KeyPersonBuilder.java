package nl.sleutelnet.domain.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.LanguageCode;
import nl.sleutelnet.domain.network.LegalBasis;
import nl.sleutelnet.domain.network.ProcessingPurpose;
import nl.sleutelnet.domain.network.Reach;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Test data: an active key person in Malberg with consent, unless told otherwise. */
public final class KeyPersonBuilder {

    public static final Instant REGISTERED = Instant.parse("2024-02-01T09:00:00Z");
    public static final AccountId COORDINATOR = new AccountId(new UUID(7, 7));

    private KeyPersonId id = new KeyPersonId(UUID.randomUUID());
    private String name = "Sleutelpersoon " + id.value().toString().substring(0, 4);
    private Set<NeighbourhoodCode> neighbourhoods = new TreeSet<>(Set.of(NeighbourhoodCode.of("BU09350207")));
    private Set<ThemeCode> themes = new LinkedHashSet<>(Set.of(ThemeCode.of("wij-zij")));
    private List<Reach> reach = new ArrayList<>(List.of(new Reach("ouders van basisschool De Spoorzoeker")));
    private ContactDetails contact = new ContactDetails("sleutel@example.org", null);
    private LegalBasis basis = LegalBasis.consent(LocalDate.of(2024, 2, 1), EnumSet.allOf(ProcessingPurpose.class),
            "getekend formulier");
    private KeyPersonStatus status = KeyPersonStatus.ACTIVE;
    private LocalDate lastContact;

    public static KeyPersonBuilder aKeyPerson() {
        return new KeyPersonBuilder();
    }

    public KeyPersonBuilder withId(KeyPersonId value) {
        this.id = value;
        return this;
    }

    public KeyPersonBuilder named(String value) {
        this.name = value;
        return this;
    }

    public KeyPersonBuilder activeIn(String... codes) {
        neighbourhoods.clear();
        for (String code : codes) {
            neighbourhoods.add(NeighbourhoodCode.of(code));
        }
        return this;
    }

    public KeyPersonBuilder helpingWith(String... codes) {
        themes.clear();
        for (String code : codes) {
            themes.add(ThemeCode.of(code));
        }
        return this;
    }

    public KeyPersonBuilder withoutLegalBasis() {
        this.basis = null;
        return this;
    }

    public KeyPersonBuilder withStatus(KeyPersonStatus value) {
        this.status = value;
        return this;
    }

    public KeyPersonBuilder candidate() {
        return withStatus(KeyPersonStatus.CANDIDATE);
    }

    public KeyPersonBuilder lastContact(LocalDate value) {
        this.lastContact = value;
        return this;
    }

    public KeyPersonBuilder withEmail(String value) {
        this.contact = new ContactDetails(value, null);
        return this;
    }

    public KeyPerson.Profile profile() {
        return new KeyPerson.Profile(name, contact, neighbourhoods, reach, themes, Set.of(LanguageCode.of("nl")),
                null, "");
    }

    public KeyPerson build() {
        KeyPerson person = KeyPerson.register(id, profile(), basis, null, REGISTERED, COORDINATOR);
        Instant at = REGISTERED;
        switch (status) {
            case CANDIDATE -> {
            }
            case ACTIVE -> person = person.changeStatus(KeyPersonStatus.ACTIVE, at.plusSeconds(60), "Kennismaking",
                    COORDINATOR);
            case PAUSED -> person = person.changeStatus(KeyPersonStatus.ACTIVE, at.plusSeconds(60), "Kennismaking",
                    COORDINATOR).changeStatus(KeyPersonStatus.PAUSED, at.plusSeconds(120), "Even rust", COORDINATOR);
            case DEPARTED -> person = person.changeStatus(KeyPersonStatus.DEPARTED, at.plusSeconds(60), "Verhuisd",
                    COORDINATOR);
        }
        return lastContact == null ? person : person.recordContact(lastContact);
    }
}
