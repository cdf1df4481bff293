package nl.sleutelnet.adapters.persistence.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maastricht's CBS wijken and buurten, read from the GeoJSON files shipped in this module (see the README next
 * to them for sources). Both persistence adapters start from it: the JDBC adapter through a migration, the
 * memory adapter directly.
 */
public final class MaastrichtRegister {

    private static final String BASE = "/nl/sleutelnet/adapters/persistence/reference/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<District> districts;
    private final List<Neighbourhood> neighbourhoods;

    private MaastrichtRegister(List<District> districts, List<Neighbourhood> neighbourhoods) {
        this.districts = List.copyOf(districts);
        this.neighbourhoods = List.copyOf(neighbourhoods);
    }

    public static MaastrichtRegister load() {
        List<District> districts = new ArrayList<>();
        for (JsonNode feature : features("maastricht-wijken.geojson")) {
            JsonNode p = feature.path("properties");
            districts.add(new District(DistrictCode.of(p.path("wijk_code").asString()),
                    p.path("wijk_naam").asString(), GeoJson.polygon(feature.path("geometry"))));
        }
        List<Neighbourhood> neighbourhoods = new ArrayList<>();
        for (JsonNode feature : features("maastricht-buurten.geojson")) {
            JsonNode p = feature.path("properties");
            neighbourhoods.add(new Neighbourhood(NeighbourhoodCode.of(p.path("buurt_code").asString()),
                    p.path("buurt_naam").asString(), integerOrNull(p.path("inwoners")),
                    integerOrNull(p.path("inwoners_year")), GeoJson.polygon(feature.path("geometry"))));
        }
        districts.sort(Comparator.comparing(d -> d.code().value()));
        neighbourhoods.sort(Comparator.comparing(Neighbourhood::code));
        return new MaastrichtRegister(districts, neighbourhoods);
    }

    public List<District> districts() {
        return districts;
    }

    public List<Neighbourhood> neighbourhoods() {
        return neighbourhoods;
    }

    private static JsonNode features(String file) {
        try (InputStream in = MaastrichtRegister.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + file + " is missing from the class path");
            }
            return JSON.readTree(in).path("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer integerOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.intValue();
    }
}
