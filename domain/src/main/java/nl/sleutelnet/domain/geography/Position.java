package nl.sleutelnet.domain.geography;

import nl.sleutelnet.domain.shared.Invariants;

/** A point in WGS84 degrees, longitude first as in GeoJSON. */
public record Position(double longitude, double latitude) {

    public Position {
        Invariants.require(Double.isFinite(longitude) && longitude >= -180 && longitude <= 180,
                "position.longitude.invalid", "Longitude %s is outside -180..180.", longitude);
        Invariants.require(Double.isFinite(latitude) && latitude >= -90 && latitude <= 90,
                "position.latitude.invalid", "Latitude %s is outside -90..90.", latitude);
    }
}
