package nl.sleutelnet.adapters.persistence.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.geography.Polygon;
import nl.sleutelnet.domain.geography.Position;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes a {@link Polygon} as a GeoJSON geometry, the form outlines are stored in. */
public final class GeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJson() {
    }

    public static String write(Polygon polygon) {
        if (polygon == null) {
            return null;
        }
        List<List<double[]>> rings = polygon.rings().stream()
                .map(ring -> ring.stream().map(p -> new double[] {p.longitude(), p.latitude()}).toList())
                .toList();
        return JSON.writeValueAsString(Map.of("type", "Polygon", "coordinates", rings));
    }

    public static Polygon read(String json) {
        return json == null ? null : polygon(JSON.readTree(json));
    }

    /** A GeoJSON {@code Polygon} geometry node. */
    static Polygon polygon(JsonNode geometry) {
        String type = geometry.path("type").asString();
        if (!"Polygon".equals(type)) {
            throw new IllegalArgumentException("expected a GeoJSON Polygon, found " + type);
        }
        List<List<Position>> rings = new ArrayList<>();
        for (JsonNode ring : geometry.path("coordinates")) {
            List<Position> positions = new ArrayList<>();
            for (JsonNode position : ring) {
                positions.add(new Position(position.get(0).doubleValue(), position.get(1).doubleValue()));
            }
            rings.add(positions);
        }
        return new Polygon(rings);
    }
}
