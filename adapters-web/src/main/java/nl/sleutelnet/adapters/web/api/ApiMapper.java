package nl.sleutelnet.adapters.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.adapters.web.api.Dtos.BuurtDto;
import nl.sleutelnet.adapters.web.api.Dtos.FeatureDto;
import nl.sleutelnet.adapters.web.api.Dtos.GebruikerDto;
import nl.sleutelnet.adapters.web.api.Dtos.GeometrieDto;
import nl.sleutelnet.adapters.web.api.Dtos.ThemaDto;
import nl.sleutelnet.adapters.web.api.Dtos.TokenDto;
import nl.sleutelnet.adapters.web.api.Dtos.WijkDto;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.Polygon;
import nl.sleutelnet.domain.geography.Position;
import nl.sleutelnet.domain.theme.Theme;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Domain to Dutch API resources and back. A field without a mapping is a compile error, so nothing is dropped
 * silently. The account's password hash never leaves the core: it is the one field ignored on purpose.
 */
@Mapper(uses = ApiValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface ApiMapper {

    ApiMapper INSTANCE = Mappers.getMapper(ApiMapper.class);

    @Mapping(target = "naam", source = "name")
    @Mapping(target = "wijk", source = "code", qualifiedByName = "districtOf")
    @Mapping(target = "inwonersPeiljaar", source = "inhabitantsYear")
    @Mapping(target = "inwoners", source = "inhabitants")
    @Mapping(target = "geometrie", source = "outline")
    BuurtDto toDto(Neighbourhood neighbourhood);

    @Mapping(target = "name", source = "naam")
    @Mapping(target = "inhabitants", source = "inwoners")
    @Mapping(target = "inhabitantsYear", source = "inwonersPeiljaar")
    @Mapping(target = "outline", source = "geometrie")
    Neighbourhood toDomain(BuurtDto dto);

    @Mapping(target = "code", source = "district.code")
    @Mapping(target = "naam", source = "district.name")
    @Mapping(target = "inwoners", source = "inhabitants")
    @Mapping(target = "buurtenZonderInwonertal", source = "buurtenWithoutCount")
    @Mapping(target = "buurten", source = "neighbourhoods")
    WijkDto toDto(DistrictSummary summary);

    @Mapping(target = "naam", source = "name")
    @Mapping(target = "omschrijving", source = "description")
    @Mapping(target = "positie", source = "position")
    @Mapping(target = "actief", source = "active")
    @Mapping(target = "versie", source = "version")
    ThemaDto toDto(Theme.Snapshot theme);

    @Mapping(target = "name", source = "naam")
    @Mapping(target = "description", source = "omschrijving")
    @Mapping(target = "position", source = "positie")
    @Mapping(target = "active", source = "actief")
    @Mapping(target = "version", source = "versie")
    Theme.Snapshot toSnapshot(ThemaDto dto);

    default ThemaDto toDto(Theme theme) {
        return toDto(theme.snapshot());
    }

    @Mapping(target = "gebruikersnaam", source = "username")
    @Mapping(target = "naam", source = "displayName")
    @Mapping(target = "rollen", source = "roles")
    @Mapping(target = "buurten", source = "neighbourhoods")
    @Mapping(target = "actief", source = "enabled")
    @Mapping(target = "aangemaaktOp", source = "createdAt")
    @Mapping(target = "versie", source = "version")
    GebruikerDto toDto(Account.Snapshot account);

    default GebruikerDto toDto(Account account) {
        return toDto(account.snapshot());
    }

    @Mapping(target = "username", source = "gebruikersnaam")
    @Mapping(target = "displayName", source = "naam")
    @Mapping(target = "roles", source = "rollen")
    @Mapping(target = "neighbourhoods", source = "buurten")
    @Mapping(target = "enabled", source = "actief")
    @Mapping(target = "createdAt", source = "aangemaaktOp")
    @Mapping(target = "version", source = "versie")
    @Mapping(target = "passwordHash", ignore = true)
    Account.Snapshot toSnapshot(GebruikerDto dto);

    @Mapping(target = "gebruiker", source = "accountId")
    @Mapping(target = "naam", source = "name")
    @Mapping(target = "uitgegevenOp", source = "issuedAt")
    @Mapping(target = "uitgegevenDoor", source = "issuedBy")
    @Mapping(target = "ingetrokkenOp", source = "revokedAt")
    @Mapping(target = "actief", expression = "java(snapshot.revokedAt() == null)")
    TokenDto toDto(ApiToken.Snapshot snapshot);

    default TokenDto toDto(ApiToken token) {
        return toDto(token.snapshot());
    }

    // --- values specific to these resources (the common ones are in ApiValues) ---

    default List<String> buurtCodes(List<Neighbourhood> neighbourhoods) {
        return neighbourhoods.stream().map(n -> n.code().value()).toList();
    }

    default GeometrieDto geometry(Polygon polygon) {
        if (polygon == null) {
            return null;
        }
        return new GeometrieDto("Polygon", polygon.rings().stream()
                .map(ring -> ring.stream().map(p -> List.of(p.longitude(), p.latitude())).toList())
                .toList());
    }

    default Polygon polygon(GeometrieDto geometry) {
        if (geometry == null) {
            return null;
        }
        List<List<Position>> rings = new ArrayList<>();
        for (List<List<Double>> ring : geometry.coordinates()) {
            rings.add(ring.stream().map(p -> new Position(p.get(0), p.get(1))).toList());
        }
        return new Polygon(rings);
    }

    /** A buurt as a GeoJSON feature for the map: the outline with code, name, wijk and inhabitants. */
    default FeatureDto toFeature(Neighbourhood neighbourhood) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", neighbourhood.code().value());
        properties.put("naam", neighbourhood.name());
        properties.put("wijk", neighbourhood.district().value());
        properties.put("inwoners", neighbourhood.inhabitants());
        return new FeatureDto("Feature", neighbourhood.code().value(), geometry(neighbourhood.outline()), properties);
    }
}
