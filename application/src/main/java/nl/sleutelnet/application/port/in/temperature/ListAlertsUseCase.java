package nl.sleutelnet.application.port.in.temperature;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;

/** The coordinator's alerts: the open ones first, newest first. */
public interface ListAlertsUseCase {

    Page<AlertSummary> listAlerts(Actor actor, PageRequest page);

    /** The number of open alerts, for the badge in the menu. */
    long countOpenAlerts(Actor actor);
}
