package nl.sleutelnet.adapters.persistence.jdbc;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.reference.GeoJson;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiTokenId;
import nl.sleutelnet.domain.account.EmailAddress;
import nl.sleutelnet.domain.account.PasswordHash;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.geography.Polygon;
import nl.sleutelnet.domain.temperature.AlertId;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.mapstruct.Named;

/** Conversions between domain values and column values, used by every row mapper. */
public final class RowConversions {

    private static final Splitter LIST = Splitter.on(',').omitEmptyStrings().trimResults();
    private static final Joiner JOIN = Joiner.on(',');

    public UUID uuid(AccountId id) {
        return id == null ? null : id.value();
    }

    public AccountId accountId(UUID id) {
        return id == null ? null : new AccountId(id);
    }

    public UUID uuid(ApiTokenId id) {
        return id.value();
    }

    public ApiTokenId apiTokenId(UUID id) {
        return new ApiTokenId(id);
    }

    public String text(EmailAddress email) {
        return email == null ? null : email.value();
    }

    public EmailAddress emailAddress(String text) {
        return text == null ? null : new EmailAddress(text);
    }

    public UUID uuid(AlertId id) {
        return id.value();
    }

    public AlertId alertId(UUID id) {
        return new AlertId(id);
    }

    public String text(Username username) {
        return username.value();
    }

    public Username username(String text) {
        return Username.of(text);
    }

    public String text(PasswordHash hash) {
        return hash.value();
    }

    public PasswordHash passwordHash(String text) {
        return new PasswordHash(text);
    }

    public String text(ThemeCode code) {
        return code.value();
    }

    public ThemeCode themeCode(String text) {
        return ThemeCode.of(text);
    }

    public String text(DistrictCode code) {
        return code.value();
    }

    public DistrictCode districtCode(String text) {
        return DistrictCode.of(text);
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

    public String text(Polygon polygon) {
        return GeoJson.write(polygon);
    }

    public Polygon polygon(String json) {
        return GeoJson.read(json);
    }

    /** Roles in their declared order, comma-separated. */
    public String rolesText(Set<Role> roles) {
        return JOIN.join(EnumSet.copyOf(roles));
    }

    public Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        LIST.split(text).forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    public String neighbourhoodsText(Set<NeighbourhoodCode> codes) {
        return JOIN.join(new TreeSet<>(codes));
    }

    public Set<NeighbourhoodCode> neighbourhoods(String text) {
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        LIST.split(text).forEach(c -> codes.add(NeighbourhoodCode.of(c)));
        return codes;
    }

    public OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
