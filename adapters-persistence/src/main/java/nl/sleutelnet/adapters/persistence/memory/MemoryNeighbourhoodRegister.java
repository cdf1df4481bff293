package nl.sleutelnet.adapters.persistence.memory;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;

public final class MemoryNeighbourhoodRegister implements NeighbourhoodRegister {

    private final MaastrichtRegister source;

    public MemoryNeighbourhoodRegister(MaastrichtRegister source) {
        this.source = source;
    }

    @Override
    public List<District> districts() {
        return source.districts();
    }

    @Override
    public Optional<District> district(DistrictCode code) {
        return source.districts().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    @Override
    public List<Neighbourhood> neighbourhoods() {
        return source.neighbourhoods();
    }

    @Override
    public Optional<Neighbourhood> neighbourhood(NeighbourhoodCode code) {
        return source.neighbourhoods().stream().filter(n -> n.code().equals(code)).findFirst();
    }
}
