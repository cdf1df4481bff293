package nl.sleutelnet.adapters.web.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiTokenId;
import nl.sleutelnet.domain.account.EmailAddress;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.intervention.DynamicTagId;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.TaskId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.LanguageCode;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.Reach;
import nl.sleutelnet.domain.network.TieId;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.mapstruct.Named;

/**
 * The domain's values as the API writes them (ids as UUIDs, codes as text, sets as lists) and back. Every API
 * mapper uses these, so a value is written the same way in every resource.
 */
public class ApiValues {

    public UUID uuid(AccountId id) {
        return id == null ? null : id.value();
    }

    public AccountId accountId(UUID id) {
        return id == null ? null : new AccountId(id);
    }

    public UUID uuid(ApiTokenId id) {
        return id.value();
    }

    public UUID uuid(KeyPersonId id) {
        return id.value();
    }

    public KeyPersonId keyPersonId(UUID id) {
        return new KeyPersonId(id);
    }

    public UUID uuid(PartnerId id) {
        return id.value();
    }

    public PartnerId partnerId(UUID id) {
        return new PartnerId(id);
    }

    public UUID uuid(TieId id) {
        return id.value();
    }

    public UUID uuid(SignalId id) {
        return id == null ? null : id.value();
    }

    public UUID uuid(InterventionId id) {
        return id.value();
    }

    public UUID uuid(TaskId id) {
        return id.value();
    }

    public UUID uuid(DynamicTagId id) {
        return id.value();
    }

    public TieId tieId(UUID id) {
        return new TieId(id);
    }

    public String text(EmailAddress email) {
        return email == null ? null : email.value();
    }

    public EmailAddress emailAddress(String text) {
        return text == null ? null : new EmailAddress(text);
    }

    public String text(Username username) {
        return username.value();
    }

    public Username username(String text) {
        return Username.of(text);
    }

    public String text(NeighbourhoodCode code) {
        return code.value();
    }

    public NeighbourhoodCode neighbourhoodCode(String text) {
        return NeighbourhoodCode.of(text);
    }

    @Named("districtOf")
    public String districtOf(NeighbourhoodCode code) {
        return code.district().value();
    }

    public String text(DistrictCode code) {
        return code.value();
    }

    public String text(ThemeCode code) {
        return code.value();
    }

    public ThemeCode themeCode(String text) {
        return ThemeCode.of(text);
    }

    public LanguageCode languageCode(String text) {
        return LanguageCode.of(text);
    }

    public String text(KeyPersonStatus status) {
        return status == null ? null : status.name();
    }

    public String text(Reach reach) {
        return reach.description();
    }

    public Reach reach(String description) {
        return new Reach(description);
    }

    public List<String> codes(Set<NeighbourhoodCode> codes) {
        return codes.stream().map(NeighbourhoodCode::value).toList();
    }

    public Set<NeighbourhoodCode> neighbourhoodCodes(List<String> codes) {
        Set<NeighbourhoodCode> set = new TreeSet<>();
        codes.forEach(c -> set.add(NeighbourhoodCode.of(c)));
        return set;
    }

    public List<String> themeCodes(Set<ThemeCode> codes) {
        return codes.stream().map(ThemeCode::value).toList();
    }

    public List<String> languageCodes(Set<LanguageCode> codes) {
        return codes.stream().map(LanguageCode::value).toList();
    }

    public List<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Enum::name).toList();
    }

    public Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }
}
