package nl.sleutelnet.domain.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

    private static final Polygon SQUARE = new Polygon(List.of(List.of(new Position(5.68, 50.84),
            new Position(5.69, 50.84), new Position(5.69, 50.85), new Position(5.68, 50.84))));

    @Test
    void inhabitantsAreOptionalButNeverGuessed() {
        Neighbourhood sintPieter = new Neighbourhood(NeighbourhoodCode.of("BU09350105"), "Sint Pieter", null, null,
                SQUARE);
        assertThat(sintPieter.inhabitantsIfKnown()).isEmpty();
        assertThat(sintPieter.district()).isEqualTo(DistrictCode.of("WK093501"));
    }

    @Test
    void aCountNeedsTheYearItWasTaken() {
        assertThatThrownBy(() -> new Neighbourhood(NeighbourhoodCode.of("BU09350000"), "Binnenstad", 2325, null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("year");
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new Neighbourhood(NeighbourhoodCode.of("BU09350000"), "Binnenstad", -1, 2025, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("negative");
    }

    @Test
    void aBuurtNeedsAName() {
        assertThatThrownBy(() -> new Neighbourhood(NeighbourhoodCode.of("BU09350000"), "  ", 1, 2025, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("name");
    }

    @Test
    void polygonRingsMustBeClosed() {
        assertThatThrownBy(() -> new Polygon(List.of(List.of(new Position(5.68, 50.84), new Position(5.69, 50.84),
                new Position(5.69, 50.85), new Position(5.68, 50.85)))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("polygon.ring.open"));
    }

    @Test
    void positionsAreWgs84Degrees() {
        assertThatThrownBy(() -> new Position(181, 50)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Longitude");
        assertThatThrownBy(() -> new Position(5, -91)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Latitude");
    }
}
