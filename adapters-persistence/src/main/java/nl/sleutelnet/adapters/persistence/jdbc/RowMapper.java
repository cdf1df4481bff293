package nl.sleutelnet.adapters.persistence.jdbc;

import nl.sleutelnet.adapters.persistence.jdbc.Rows.AccountRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.AlertRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.ApiTokenRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.DistrictRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.NeighbourhoodRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.ThemeRow;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.temperature.Alert;
import nl.sleutelnet.domain.theme.Theme;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Rows to domain snapshots and back. A target field without a source is a compile error, so a field added to
 * an aggregate cannot be silently dropped on its way to the database.
 */
@Mapper(uses = RowConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RowMapper {

    RowMapper INSTANCE = Mappers.getMapper(RowMapper.class);

    DistrictRow toRow(District district);

    District toDistrict(DistrictRow row);

    @Mapping(target = "districtCode", source = "code", qualifiedByName = "districtOf")
    NeighbourhoodRow toRow(Neighbourhood neighbourhood);

    Neighbourhood toNeighbourhood(NeighbourhoodRow row);

    @Mapping(target = "listPosition", source = "position")
    ThemeRow toRow(Theme.Snapshot theme);

    @Mapping(target = "position", source = "listPosition")
    Theme.Snapshot toSnapshot(ThemeRow row);

    AccountRow toRow(Account.Snapshot account);

    Account.Snapshot toSnapshot(AccountRow row);

    ApiTokenRow toRow(ApiToken.Snapshot token);

    ApiToken.Snapshot toSnapshot(ApiTokenRow row);

    @Mapping(target = "neighbourhoodCode", source = "buurt")
    @Mapping(target = "themeCode", source = "theme")
    @Mapping(target = "fromLevel", source = "from")
    @Mapping(target = "toLevel", source = "to")
    @Mapping(target = "raisedAt", source = "at")
    AlertRow toRow(Alert alert);

    @Mapping(target = "buurt", source = "neighbourhoodCode")
    @Mapping(target = "theme", source = "themeCode")
    @Mapping(target = "from", source = "fromLevel")
    @Mapping(target = "to", source = "toLevel")
    @Mapping(target = "at", source = "raisedAt")
    // withVersion is a copy method, not a property: the version comes through the constructor
    @Mapping(target = "withVersion", ignore = true)
    Alert toAlert(AlertRow row);
}
