package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;

public final class MemoryPartnerRepository implements PartnerRepository {

    private final VersionedMap<PartnerId, Partner> partners = new VersionedMap<>("Partner", Partner::id,
            Partner::version, (p, v) -> {
                Partner.Snapshot s = p.snapshot();
                return Partner.reconstitute(new Partner.Snapshot(s.id(), s.name(), s.kind(), s.neighbourhoods(),
                        s.contact(), s.notes(), s.active(), v));
            });

    @Override
    public Optional<Partner> findById(PartnerId id) {
        return partners.get(id);
    }

    @Override
    public List<Partner> findAll() {
        return partners.values().stream()
                .sorted(Comparator.comparing((Partner p) -> p.name().toLowerCase(Locale.ROOT))
                        .thenComparing(p -> p.id().value()))
                .toList();
    }

    @Override
    public Partner save(Partner partner) {
        return partners.save(partner, others -> {
        });
    }
}
