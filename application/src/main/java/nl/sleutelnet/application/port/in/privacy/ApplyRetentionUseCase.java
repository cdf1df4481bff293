package nl.sleutelnet.application.port.in.privacy;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.privacy.DeletionRecord;

/**
 * Applies every retention term at the application clock's now: departed key persons past their term are erased,
 * closed signals and closed interventions past theirs anonymised (the figures stay), audit entries past theirs
 * deleted. Records one line in the deletion register with the counts, also when nothing was due. Running it again at
 * once does nothing more. The scheduled job calls it as Sleutelnet itself; an administrator may run it now.
 */
public interface ApplyRetentionUseCase {

    DeletionRecord applyRetention(Actor actor);
}
