package nl.sleutelnet.application.port.out;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;

public interface PartnerRepository {

    Optional<Partner> findById(PartnerId id);

    /** All partners, ordered by name. */
    List<Partner> findAll();

    /** Stores a new or changed partner with the version check of {@link ThemeRepository#save}. */
    Partner save(Partner partner);
}
