package nl.sleutelnet.application.port.in.privacy;

import nl.sleutelnet.domain.access.Actor;

/** The retention terms and the latest lines of the deletion register (at most {@code limit}, at most 200). */
public interface ShowRetentionUseCase {

    RetentionOverview showRetention(Actor actor, int limit);
}
