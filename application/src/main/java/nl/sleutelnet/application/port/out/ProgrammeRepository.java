package nl.sleutelnet.application.port.out;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.programme.ProgrammeId;

/**
 * Programmes with their funding lines and costs. Every installation starts with "Aanpak polarisatie" and the funding
 * line of the council decision ({@link Programme#aanpakPolarisatie()}).
 */
public interface ProgrammeRepository {

    Optional<Programme> findById(ProgrammeId id);

    /** Every programme, by name. */
    List<Programme> findAll();

    /**
     * Stores a new (version 0) or changed programme with the version check of {@link ThemeRepository#save}.
     *
     * @return the programme as stored, with its new version
     */
    Programme save(Programme programme);
}
