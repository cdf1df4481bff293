package nl.sleutelnet.application.port.out;

import java.util.Optional;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.temperature.Alert;
import nl.sleutelnet.domain.temperature.AlertId;

/** The alerts raised when a buurt × theme went up a level. */
public interface AlertRepository {

    Optional<Alert> findById(AlertId id);

    /** A page of all alerts: the open ones first, then the seen ones; within each the newest first, then by id. */
    Page<Alert> findAll(PageRequest page);

    /** How many alerts nobody has marked as seen yet. */
    long countOpen();

    /** Stores a new (version 0) or changed alert with the version check of {@link ThemeRepository#save}. */
    Alert save(Alert alert);
}
