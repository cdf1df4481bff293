package nl.sleutelnet.application.port.in.intervention;

import java.time.Instant;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.InterventionType;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.Scope;

/**
 * One card on the intervention board.
 *
 * @param ownerName    the owner's display name (the account id when the account is gone)
 * @param openTasks    tasks not done
 * @param overdueTasks open tasks due before today (none once closed)
 * @param lastChange   the moment of the latest timeline entry
 */
public record InterventionSummary(InterventionId id, String title, InterventionType type, InterventionStatus status,
        Involvement involvement, Scope scope, AccountId owner, String ownerName, int signals, int openTasks,
        int overdueTasks, Instant plannedAt, Instant lastChange, long version) {
}
