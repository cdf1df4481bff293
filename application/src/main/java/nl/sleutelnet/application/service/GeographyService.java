package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.geography.ListNeighbourhoodsUseCase;
import nl.sleutelnet.application.port.in.geography.NeighbourhoodQuery;
import nl.sleutelnet.application.port.in.geography.ShowDistrictUseCase;
import nl.sleutelnet.application.port.in.geography.ShowNeighbourhoodUseCase;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;

public final class GeographyService implements ListDistrictsUseCase, ShowDistrictUseCase, ListNeighbourhoodsUseCase,
        ShowNeighbourhoodUseCase {

    private final NeighbourhoodRegister register;

    public GeographyService(NeighbourhoodRegister register) {
        this.register = checkNotNull(register, "register");
    }

    @Override
    public List<DistrictSummary> listDistricts(Actor actor) {
        actor.require(Permission.VIEW_REFERENCE_DATA);
        List<Neighbourhood> all = register.neighbourhoods();
        return register.districts().stream().map(d -> summarise(d, all)).toList();
    }

    @Override
    public DistrictSummary showDistrict(Actor actor, DistrictCode code) {
        actor.require(Permission.VIEW_REFERENCE_DATA);
        District district = register.district(code).orElseThrow(() -> DomainException.notFound(
                "district.not-found", "There is no wijk %s in the register.", code));
        return summarise(district, register.neighbourhoods());
    }

    @Override
    public List<Neighbourhood> listNeighbourhoods(Actor actor, NeighbourhoodQuery query) {
        actor.require(Permission.VIEW_REFERENCE_DATA);
        return register.neighbourhoods().stream().filter(query::matches).toList();
    }

    @Override
    public Neighbourhood showNeighbourhood(Actor actor, NeighbourhoodCode code) {
        actor.require(Permission.VIEW_REFERENCE_DATA);
        return register.neighbourhood(code).orElseThrow(() -> DomainException.notFound(
                "neighbourhood.not-found", "There is no buurt %s in the register.", code));
    }

    private static DistrictSummary summarise(District district, List<Neighbourhood> all) {
        return DistrictSummary.of(district,
                all.stream().filter(n -> n.district().equals(district.code())).toList());
    }
}
