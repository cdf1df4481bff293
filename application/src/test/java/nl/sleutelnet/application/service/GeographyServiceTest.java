package nl.sleutelnet.application.service;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.sleutelnet.application.fakes.Fakes;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.application.port.in.geography.NeighbourhoodQuery;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class GeographyServiceTest {

    private final GeographyService service = new GeographyService(Fakes.register());

    @Test
    void aWijkAddsUpTheKnownInhabitantsOfItsBuurten() {
        List<DistrictSummary> wijken = service.listDistricts(anActor(Role.ANALYST));
        assertThat(wijken).extracting(s -> s.district().code().value()).containsExactly("WK093500", "WK093503");
        assertThat(wijken.get(0).inhabitants()).isEqualTo(2325 + 1675);
        assertThat(wijken.get(0).buurtenWithoutCount()).isZero();
        assertThat(wijken.get(1).inhabitants()).isZero();
        assertThat(wijken.get(1).buurtenWithoutCount()).isEqualTo(1);
    }

    @Test
    void buurtenCanBeFilteredByWijkAndName() {
        assertThat(service.listNeighbourhoods(anActor(Role.KEY_PERSON), new NeighbourhoodQuery("WK093500", null)))
                .extracting(Neighbourhood::name).containsExactly("Binnenstad", "Jekerkwartier");
        assertThat(service.listNeighbourhoods(anActor(Role.KEY_PERSON), new NeighbourhoodQuery(null, "JEKER")))
                .extracting(Neighbourhood::name).containsExactly("Jekerkwartier");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThatThrownBy(() -> service.showNeighbourhood(anActor(Role.COORDINATOR), NeighbourhoodCode.of("BU03630000")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("BU03630000");
                });
        assertThatThrownBy(() -> service.showDistrict(anActor(Role.COORDINATOR), DistrictCode.of("WK093509")))
                .isInstanceOf(DomainException.class).hasMessageContaining("no wijk WK093509");
    }
}
