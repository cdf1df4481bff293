package nl.sleutelnet.application.port.in.geography;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;

/**
 * Which buurten to list.
 *
 * @param district     only the buurten of this wijk (a CBS code such as WK093504), or null for all
 * @param nameContains only buurten whose name contains this text, ignoring case, or null
 */
public record NeighbourhoodQuery(String district, @Size(max = 100) String nameContains) {

    public NeighbourhoodQuery(String district, String nameContains) {
        this.district = district == null || district.isBlank() ? null : district.strip();
        this.nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
        SelfValidating.validate(this, checks -> checks.field("district", () -> districtCode()));
    }

    public static NeighbourhoodQuery all() {
        return new NeighbourhoodQuery(null, null);
    }

    public Optional<DistrictCode> districtCode() {
        return Optional.ofNullable(district).map(DistrictCode::of);
    }

    public boolean matches(Neighbourhood n) {
        return districtCode().map(d -> d.equals(n.district())).orElse(true)
                && (nameContains == null || n.name().toLowerCase(java.util.Locale.ROOT)
                        .contains(nameContains.toLowerCase(java.util.Locale.ROOT)));
    }
}
