package nl.sleutelnet.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.theme.ThemeCode;

public interface KeyPersonRepository {

    /**
     * Which key persons to find; every part is optional (null).
     *
     * @param within only key persons active in at least one of these buurten (a professional's own); empty: all
     * @param text   part of the name or e-mail address, ignoring case
     */
    record Search(NeighbourhoodCode neighbourhood, ThemeCode theme, KeyPersonStatus status, String text,
            Set<NeighbourhoodCode> within, PageRequest page) {
    }

    Optional<KeyPerson> findById(KeyPersonId id);

    /** Every key person, for the network analysis, ordered by name. */
    List<KeyPerson> findAll();

    /** A page of the key persons that match, ordered by name and then id. */
    Page<KeyPerson> search(Search search);

    /**
     * Stores a new key person (version 0) or a changed one with the version check of {@link ThemeRepository#save}.
     *
     * @return the key person as stored, with its new version
     */
    KeyPerson save(KeyPerson keyPerson);
}
