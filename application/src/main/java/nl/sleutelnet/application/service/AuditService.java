package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.application.port.in.audit.AuditQuery;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.application.port.in.audit.ExportAuditLogUseCase;
import nl.sleutelnet.application.port.in.audit.RecordDisclosureCommand;
import nl.sleutelnet.application.port.in.audit.RecordDisclosureUseCase;
import nl.sleutelnet.application.port.in.audit.SearchAuditLogUseCase;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.audit.AuditActor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;

/**
 * Reading the audit log (for the administrator) and recording disclosures. The entries of the other use cases are
 * written around each call by the composition root, not here; this service adds only disclosures. Nothing here (or
 * anywhere) changes or removes an entry.
 */
public final class AuditService implements SearchAuditLogUseCase, ExportAuditLogUseCase, RecordDisclosureUseCase {

    /** The action a disclosure is recorded under. */
    public static final String DISCLOSURE_ACTION = "RecordDisclosureUseCase.recordDisclosure";

    private final AuditLog log;
    private final IdGenerator ids;
    private final Clock clock;
    private final ZoneId zone;

    public AuditService(AuditLog log, IdGenerator ids, Clock clock, ZoneId zone) {
        this.log = checkNotNull(log, "log");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
        this.zone = checkNotNull(zone, "zone");
    }

    @Override
    public Page<AuditEntry> searchAuditLog(Actor actor, AuditQuery query) {
        actor.require(Permission.VIEW_AUDIT);
        return log.search(query.filter(zone), query.pageRequest());
    }

    @Override
    public List<AuditEntry> exportAuditLog(Actor actor, AuditQuery query) {
        actor.require(Permission.VIEW_AUDIT);
        AuditFilter filter = query.filter(zone);
        List<AuditEntry> entries = log.export(filter, MAX_ENTRIES + 1);
        if (entries.size() > MAX_ENTRIES) {
            throw DomainException.invalid("audit.export.too-large", "The export would hold more than %d entries; "
                    + "choose a shorter period or more filters.", MAX_ENTRIES);
        }
        return entries;
    }

    @Override
    public AuditEntry recordDisclosure(Actor actor, RecordDisclosureCommand command) {
        actor.require(Permission.RECORD_DISCLOSURES);
        CallContext context = CallContext.currentOrEmbedded();
        AuditEntry entry = new AuditEntry(ids.newId(), context.traceId(), clock.instant(), AuditActor.of(actor),
                DISCLOSURE_ACTION, command.purposeValue(), Optional.of(command.objectType()),
                Optional.ofNullable(command.objectId()), command.keyPersons().stream().map(Object::toString).toList(),
                AuditResult.SUCCESS, Optional.empty(), context.origin(), Optional.of(command.disclosure()));
        log.append(entry);
        return entry;
    }
}
