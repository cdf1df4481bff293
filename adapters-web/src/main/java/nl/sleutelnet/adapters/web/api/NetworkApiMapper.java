package nl.sleutelnet.adapters.web.api;

import java.time.Instant;
import java.util.List;
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
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.LegalBasis;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Nomination;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.StatusChange;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.shared.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Key persons, partners and ties to Dutch API resources and back. A field without a mapping is a compile error, so
 * nothing is dropped silently. What the resource shows but the domain derives (a key person's status and
 * registration time, whether a legal basis is valid) is ignored on the way back.
 */
@Mapper(uses = ApiValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface NetworkApiMapper {

    NetworkApiMapper INSTANCE = Mappers.getMapper(NetworkApiMapper.class);

    // --- key persons ---

    @Mapping(target = "naam", source = "profile.displayName")
    @Mapping(target = "email", source = "profile.contact.email")
    @Mapping(target = "telefoon", source = "profile.contact.phone")
    @Mapping(target = "buurten", source = "profile.neighbourhoods")
    @Mapping(target = "bereik", source = "profile.reach")
    @Mapping(target = "themas", source = "profile.themes")
    @Mapping(target = "talen", source = "profile.languages")
    @Mapping(target = "contactpersoon", source = "profile.contactPerson")
    @Mapping(target = "notities", source = "profile.notes")
    @Mapping(target = "laatsteContact", source = "lastContact")
    @Mapping(target = "status", source = "history", qualifiedByName = "currentStatus")
    @Mapping(target = "grondslag", source = "legalBasis")
    @Mapping(target = "voordracht", source = "nomination")
    @Mapping(target = "historie", source = "history")
    @Mapping(target = "geregistreerdOp", source = "history", qualifiedByName = "registeredAt")
    @Mapping(target = "versie", source = "version")
    SleutelpersoonDto toDto(KeyPerson.Snapshot keyPerson);

    default SleutelpersoonDto toDto(KeyPerson keyPerson) {
        return toDto(keyPerson.snapshot());
    }

    @Mapping(target = "profile", source = ".")
    @Mapping(target = "legalBasis", source = "grondslag")
    @Mapping(target = "nomination", source = "voordracht")
    @Mapping(target = "lastContact", source = "laatsteContact")
    @Mapping(target = "history", source = "historie")
    @Mapping(target = "version", source = "versie")
    KeyPerson.Snapshot toSnapshot(SleutelpersoonDto dto);

    @Mapping(target = "displayName", source = "naam")
    @Mapping(target = "contact", source = ".")
    @Mapping(target = "neighbourhoods", source = "buurten")
    @Mapping(target = "reach", source = "bereik")
    @Mapping(target = "themes", source = "themas")
    @Mapping(target = "languages", source = "talen")
    @Mapping(target = "contactPerson", source = "contactpersoon")
    @Mapping(target = "notes", source = "notities")
    KeyPerson.Profile toProfile(SleutelpersoonDto dto);

    @Mapping(target = "phone", source = "telefoon")
    ContactDetails toContact(SleutelpersoonDto dto);

    @Mapping(target = "naam", source = "profile.displayName")
    @Mapping(target = "buurten", source = "profile.neighbourhoods")
    @Mapping(target = "themas", source = "profile.themes")
    @Mapping(target = "status", source = "history", qualifiedByName = "currentStatus")
    @Mapping(target = "laatsteContact", source = "lastContact")
    SleutelpersoonSamenvattingDto toSummary(KeyPerson.Snapshot keyPerson);

    default SleutelpersoonSamenvattingDto toSummary(KeyPerson keyPerson) {
        return toSummary(keyPerson.snapshot());
    }

    default SleutelpersonenDto toDto(Page<KeyPerson> page) {
        return new SleutelpersonenDto(page.items().stream().map(this::toSummary).toList(), toPagina(page));
    }

    default PaginaDto toPagina(Page<?> page) {
        return new PaginaDto(page.number(), page.size(), page.total(), page.pages());
    }

    @Mapping(target = "grond", source = "ground")
    @Mapping(target = "vastgelegdOp", source = "recordedOn")
    @Mapping(target = "doelen", source = "purposes")
    @Mapping(target = "hoeGegeven", source = "howGiven")
    @Mapping(target = "referentie", source = "reference")
    @Mapping(target = "ingetrokkenOp", source = "withdrawnOn")
    @Mapping(target = "geldig", expression = "java(basis.isValid())")
    GrondslagDto toDto(LegalBasis basis);

    @Mapping(target = "ground", source = "grond")
    @Mapping(target = "recordedOn", source = "vastgelegdOp")
    @Mapping(target = "purposes", source = "doelen")
    @Mapping(target = "howGiven", source = "hoeGegeven")
    @Mapping(target = "reference", source = "referentie")
    @Mapping(target = "withdrawnOn", source = "ingetrokkenOp")
    @Mapping(target = "withdraw", ignore = true) // LegalBasis.withdraw(LocalDate) looks like a fluent setter
    LegalBasis toLegalBasis(GrondslagDto dto);

    @Mapping(target = "voorgedragenDoorSoort", source = "nominatedBy.kind")
    @Mapping(target = "voorgedragenDoor", source = "nominatedBy.id")
    @Mapping(target = "motivatie", source = "motivation")
    VoordrachtDto toDto(Nomination nomination);

    @Mapping(target = "nominatedBy", source = ".")
    @Mapping(target = "motivation", source = "motivatie")
    Nomination toNomination(VoordrachtDto dto);

    @Mapping(target = "kind", source = "voorgedragenDoorSoort")
    @Mapping(target = "id", source = "voorgedragenDoor")
    MemberRef nominator(VoordrachtDto dto);

    @Mapping(target = "van", source = "from")
    @Mapping(target = "naar", source = "to")
    @Mapping(target = "op", source = "at")
    @Mapping(target = "reden", source = "reason")
    @Mapping(target = "door", source = "actor")
    StatuswijzigingDto toDto(StatusChange change);

    @Mapping(target = "from", source = "van")
    @Mapping(target = "to", source = "naar")
    @Mapping(target = "at", source = "op")
    @Mapping(target = "reason", source = "reden")
    @Mapping(target = "actor", source = "door")
    StatusChange toStatusChange(StatuswijzigingDto dto);

    @Named("currentStatus")
    default String currentStatus(List<StatusChange> history) {
        return history.get(history.size() - 1).to().name();
    }

    @Named("registeredAt")
    default Instant registeredAt(List<StatusChange> history) {
        return history.get(0).at();
    }

    // --- partners ---

    @Mapping(target = "naam", source = "name")
    @Mapping(target = "soort", source = "kind")
    @Mapping(target = "buurten", source = "neighbourhoods")
    @Mapping(target = "email", source = "contact.email")
    @Mapping(target = "telefoon", source = "contact.phone")
    @Mapping(target = "notities", source = "notes")
    @Mapping(target = "actief", source = "active")
    @Mapping(target = "versie", source = "version")
    PartnerDto toDto(Partner.Snapshot partner);

    default PartnerDto toDto(Partner partner) {
        return toDto(partner.snapshot());
    }

    @Mapping(target = "name", source = "naam")
    @Mapping(target = "kind", source = "soort")
    @Mapping(target = "neighbourhoods", source = "buurten")
    @Mapping(target = "contact", source = ".")
    @Mapping(target = "notes", source = "notities")
    @Mapping(target = "active", source = "actief")
    @Mapping(target = "version", source = "versie")
    Partner.Snapshot toSnapshot(PartnerDto dto);

    @Mapping(target = "phone", source = "telefoon")
    ContactDetails toContact(PartnerDto dto);

    // --- ties ---

    @Mapping(target = "soort", source = "kind")
    @Mapping(target = "sterkte", source = "strength")
    @Mapping(target = "sinds", source = "since")
    @Mapping(target = "laatsteContact", source = "lastContact")
    @Mapping(target = "versie", source = "version")
    VerbindingDto toDto(Tie.Snapshot tie);

    default VerbindingDto toDto(Tie tie) {
        return toDto(tie.snapshot());
    }

    @Mapping(target = "kind", source = "soort")
    @Mapping(target = "strength", source = "sterkte")
    @Mapping(target = "since", source = "sinds")
    @Mapping(target = "lastContact", source = "laatsteContact")
    @Mapping(target = "version", source = "versie")
    Tie.Snapshot toSnapshot(VerbindingDto dto);

    @Mapping(target = "soort", source = "kind")
    LidDto toDto(MemberRef member);

    @Mapping(target = "kind", source = "soort")
    MemberRef toMember(LidDto dto);
}
