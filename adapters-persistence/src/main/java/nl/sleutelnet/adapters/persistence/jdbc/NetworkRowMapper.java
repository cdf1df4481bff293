package nl.sleutelnet.adapters.persistence.jdbc;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.KeyPersonRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.PartnerRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.StatusChangeRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.TieRow;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.LanguageCode;
import nl.sleutelnet.domain.network.LegalBasis;
import nl.sleutelnet.domain.network.LegalGround;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Nomination;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.ProcessingPurpose;
import nl.sleutelnet.domain.network.Reach;
import nl.sleutelnet.domain.network.StatusChange;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieId;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Key persons, partners and ties to rows and back. The flattening into rows is generated (an unmapped column is a
 * compile error); rebuilding a key person from its row and child rows is written out, because it assembles several
 * value objects, and is pinned by the round-trip test.
 */
@Mapper(uses = RowConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface NetworkRowMapper {

    NetworkRowMapper INSTANCE = Mappers.getMapper(NetworkRowMapper.class);
    Joiner LINES = Joiner.on('\n');
    Splitter LINE_SPLITTER = Splitter.on('\n').omitEmptyStrings().trimResults();
    Splitter COMMA_SPLITTER = Splitter.on(',').omitEmptyStrings().trimResults();

    @Mapping(target = "displayName", source = "profile.displayName")
    @Mapping(target = "email", source = "profile.contact.email")
    @Mapping(target = "phone", source = "profile.contact.phone")
    @Mapping(target = "reach", source = "profile.reach")
    @Mapping(target = "languages", source = "profile.languages")
    @Mapping(target = "contactPerson", source = "profile.contactPerson")
    @Mapping(target = "notes", source = "profile.notes")
    @Mapping(target = "legalGround", source = "legalBasis.ground")
    @Mapping(target = "legalRecordedOn", source = "legalBasis.recordedOn")
    @Mapping(target = "legalPurposes", source = "legalBasis.purposes")
    @Mapping(target = "legalHowGiven", source = "legalBasis.howGiven")
    @Mapping(target = "legalReference", source = "legalBasis.reference")
    @Mapping(target = "legalWithdrawnOn", source = "legalBasis.withdrawnOn")
    @Mapping(target = "nominatedByKind", source = "nomination.nominatedBy.kind")
    @Mapping(target = "nominatedById", source = "nomination.nominatedBy.id")
    @Mapping(target = "nominationMotivation", source = "nomination.motivation")
    @Mapping(target = "status", source = "history")
    KeyPersonRow toRow(KeyPerson.Snapshot keyPerson);

    @Mapping(target = "keyPersonId", source = "owner")
    @Mapping(target = "step", source = "step")
    @Mapping(target = "fromStatus", source = "change.from")
    @Mapping(target = "toStatus", source = "change.to")
    @Mapping(target = "changedAt", source = "change.at")
    @Mapping(target = "reason", source = "change.reason")
    @Mapping(target = "actor", source = "change.actor")
    StatusChangeRow toRow(StatusChange change, UUID owner, int step);

    @Mapping(target = "from", source = "fromStatus")
    @Mapping(target = "to", source = "toStatus")
    @Mapping(target = "at", source = "changedAt")
    StatusChange toStatusChange(StatusChangeRow row);

    @Mapping(target = "email", source = "contact.email")
    @Mapping(target = "phone", source = "contact.phone")
    PartnerRow toRow(Partner.Snapshot partner);

    @Mapping(target = "contact", source = "row")
    @Mapping(target = "neighbourhoods", source = "neighbourhoods")
    Partner.Snapshot toSnapshot(PartnerRow row, Set<NeighbourhoodCode> neighbourhoods);

    ContactDetails contact(PartnerRow row);

    @Mapping(target = "aKind", source = "a.kind")
    @Mapping(target = "aId", source = "a.id")
    @Mapping(target = "bKind", source = "b.kind")
    @Mapping(target = "bId", source = "b.id")
    TieRow toRow(Tie.Snapshot tie);

    default Tie.Snapshot toSnapshot(TieRow row) {
        return new Tie.Snapshot(new TieId(row.id()), new MemberRef(MemberKind.valueOf(row.aKind()), row.aId()),
                new MemberRef(MemberKind.valueOf(row.bKind()), row.bId()),
                nl.sleutelnet.domain.network.TieKind.valueOf(row.kind()), row.strength(), row.since(),
                row.lastContact(), row.version());
    }

    /** A key person from its row, its buurten, its themes and its history. */
    default KeyPerson.Snapshot toSnapshot(KeyPersonRow row, Set<NeighbourhoodCode> neighbourhoods,
            Set<ThemeCode> themes, List<StatusChange> history) {
        KeyPerson.Profile profile = new KeyPerson.Profile(row.displayName(), new ContactDetails(row.email(),
                row.phone()), neighbourhoods, reach(row.reach()), themes, languages(row.languages()),
                row.contactPerson() == null ? null : new AccountId(row.contactPerson()), row.notes());
        LegalBasis basis = row.legalGround() == null ? null : new LegalBasis(LegalGround.valueOf(row.legalGround()),
                row.legalRecordedOn(), purposes(row.legalPurposes()), row.legalHowGiven(), row.legalReference(),
                row.legalWithdrawnOn());
        Nomination nomination = row.nominatedById() == null ? null : new Nomination(
                new MemberRef(MemberKind.valueOf(row.nominatedByKind()), row.nominatedById()),
                row.nominationMotivation());
        return new KeyPerson.Snapshot(new KeyPersonId(row.id()), profile, basis, nomination, row.lastContact(),
                history, row.version());
    }

    default UUID uuid(KeyPersonId id) {
        return id.value();
    }

    default UUID uuid(PartnerId id) {
        return id.value();
    }

    default PartnerId partnerId(UUID id) {
        return new PartnerId(id);
    }

    default UUID uuid(TieId id) {
        return id.value();
    }

    default String reachText(List<Reach> reach) {
        return LINES.join(reach.stream().map(Reach::description).toList());
    }

    default List<Reach> reach(String text) {
        return LINE_SPLITTER.splitToList(text).stream().map(Reach::new).toList();
    }

    default String languagesText(Set<LanguageCode> languages) {
        return Joiner.on(',').join(new TreeSet<>(languages));
    }

    default Set<LanguageCode> languages(String text) {
        Set<LanguageCode> codes = new TreeSet<>();
        COMMA_SPLITTER.split(text).forEach(c -> codes.add(LanguageCode.of(c)));
        return codes;
    }

    default String purposesText(Set<ProcessingPurpose> purposes) {
        return purposes == null ? null : Joiner.on(',').join(EnumSet.copyOf(purposes));
    }

    default Set<ProcessingPurpose> purposes(String text) {
        Set<ProcessingPurpose> purposes = EnumSet.noneOf(ProcessingPurpose.class);
        COMMA_SPLITTER.split(text).forEach(p -> purposes.add(ProcessingPurpose.valueOf(p)));
        return purposes;
    }

    /** The stored status is the last step of the history, kept in a column for searching. */
    default String status(List<StatusChange> history) {
        return history.get(history.size() - 1).to().name();
    }

    default KeyPersonStatus status(String name) {
        return name == null ? null : KeyPersonStatus.valueOf(name);
    }
}
