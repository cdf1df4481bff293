package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.sleutelnet.application.port.in.privacy.ApplyRetentionUseCase;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonCommand;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonUseCase;
import nl.sleutelnet.application.port.in.privacy.ErasureReport;
import nl.sleutelnet.application.port.in.privacy.ProcessingRegister;
import nl.sleutelnet.application.port.in.privacy.RetentionOverview;
import nl.sleutelnet.application.port.in.privacy.ShowProcessingRegisterUseCase;
import nl.sleutelnet.application.port.in.privacy.ShowRetentionUseCase;
import nl.sleutelnet.application.port.out.AuditRetention;
import nl.sleutelnet.application.port.out.DeletionRegister;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.application.port.out.KeyPersonOwnership;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.application.port.out.SelfServiceRepository;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.application.port.out.TieRepository;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.privacy.DeletionRecord;
import nl.sleutelnet.domain.privacy.Erased;
import nl.sleutelnet.domain.privacy.ErasureReason;
import nl.sleutelnet.domain.privacy.Removal;
import nl.sleutelnet.domain.privacy.RetentionTerms;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalStatus;

/**
 * Forgetting: erasure of one key person (GDPR article 17), the retention terms, and the processing register (article
 * 30) generated from the purposes and the terms.
 */
public final class PrivacyService implements EraseKeyPersonUseCase, ApplyRetentionUseCase, ShowRetentionUseCase,
        ShowProcessingRegisterUseCase {

    private static final int BATCH = PageRequest.MAX_SIZE;

    private final KeyPersonRepository keyPersons;
    private final TieRepository ties;
    private final SignalRepository signals;
    private final PollRepository polls;
    private final InterventionRepository interventions;
    private final SelfServiceRepository selfService;
    private final DeletionRegister register;
    private final AuditRetention audit;
    private final KeyPersonOwnership ownership;
    private final IdGenerator ids;
    private final Clock clock;
    private final ZoneId zone;
    private final RetentionTerms terms;
    private final ProcessingRegisterTexts texts;

    /**
     * @param useCasesByPurpose the use cases the audit log records per purpose (from the composition root's audit
     *                          table): the register's activities
     * @param controller        the controller the register names
     */
    public PrivacyService(KeyPersonRepository keyPersons, TieRepository ties, SignalRepository signals,
            PollRepository polls, InterventionRepository interventions, SelfServiceRepository selfService,
            DeletionRegister register,
            AuditRetention audit, KeyPersonOwnership ownership, IdGenerator ids, Clock clock, ZoneId zone,
            RetentionTerms terms, Map<AuditPurpose, List<String>> useCasesByPurpose, String controller) {
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.ties = checkNotNull(ties, "ties");
        this.signals = checkNotNull(signals, "signals");
        this.polls = checkNotNull(polls, "polls");
        this.interventions = checkNotNull(interventions, "interventions");
        this.selfService = checkNotNull(selfService, "selfService");
        this.register = checkNotNull(register, "register");
        this.audit = checkNotNull(audit, "audit");
        this.ownership = checkNotNull(ownership, "ownership");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
        this.zone = checkNotNull(zone, "zone");
        this.terms = checkNotNull(terms, "terms");
        this.texts = new ProcessingRegisterTexts(useCasesByPurpose, controller);
    }

    // ---- erasure

    @Override
    public ErasureReport eraseKeyPerson(Actor actor, EraseKeyPersonCommand command) {
        checkNotNull(command, "command");
        KeyPersonId id = command.keyPersonId();
        if (!actor.may(Permission.ERASE_KEY_PERSONS)) {
            boolean own = actor.may(Permission.ERASE_OWN_DATA)
                    && command.erasureReason() == ErasureReason.DATA_SUBJECT_REQUEST
                    && (id.equals(actor.keyPerson())
                            || ownership.keyPersonOf(actor.accountId()).filter(id::equals).isPresent());
            if (!own && actor.may(Permission.ERASE_OWN_DATA)) {
                throw new AccessDeniedException("You may erase only your own data, at your own request.");
            }
            if (!own) {
                actor.require(Permission.ERASE_KEY_PERSONS);
            }
        }
        KeyPerson person = keyPersons.findById(id).orElseThrow(() -> DomainException.notFound(
                "key-person.not-found", "There is no key person with id %s.", id));
        if (command.expectedVersion() != null && person.version() != command.expectedVersion()) {
            throw new StaleVersionException("Key person", person.displayName(), command.expectedVersion(),
                    person.version());
        }
        if (person.isErased()) {
            throw DomainException.conflict("erasure.already-erased",
                    "Key person %s was erased already; there is nothing left to erase.", id);
        }
        Instant now = clock.instant();
        Map<Removal, Integer> counts = new EnumMap<>(Removal.class);
        erase(person, now, actor, counts);
        DeletionRecord record = new DeletionRecord(ids.newId(), DeletionRecord.Kind.ERASURE, now,
                command.erasureReason(), actor.username(), counts);
        register.append(record);
        return new ErasureReport(id, record);
    }

    private void erase(KeyPerson person, Instant now, Actor actor, Map<Removal, Integer> counts) {
        MemberRef me = person.asMember();
        UUID raw = person.id().value();
        for (Tie tie : ties.findByMember(me)) {
            ties.delete(tie.id(), tie.version());
            add(counts, Removal.TIES_REMOVED);
        }
        for (KeyPerson other : keyPersons.findAll()) {
            if (other.nomination().filter(n -> n.nominatedBy().equals(me)).isPresent()) {
                keyPersons.save(other.withoutNomination());
                add(counts, Removal.NOMINATIONS_REMOVED);
            }
        }
        for (Signal signal : signals.findByReporter(raw)) {
            signals.save(signal.forgetReporter(raw, placeholder()));
            add(counts, Removal.SIGNALS_UNLINKED);
        }
        for (PollInvitation invitation : polls.findInvitationsOf(person.id())) {
            polls.saveInvitation(invitation.forgetKeyPerson(new KeyPersonId(placeholder())));
            add(counts, Removal.POLL_INVITATIONS_UNLINKED);
        }
        for (PollRound round : polls.findRoundsNotInviting(person.id())) {
            polls.saveRound(round.forgetKeyPerson(person.id(), new KeyPersonId(placeholder())));
            add(counts, Removal.POLL_ROUNDS_UNLINKED);
        }
        for (Intervention intervention : interventions.findInvolving(me)) {
            interventions.save(intervention.forgetMember(me, placeholder()));
            add(counts, Removal.INTERVENTIONS_UNLINKED);
        }
        selfService.forget(person.id());
        keyPersons.save(person.erase(now, actor.accountId()));
        add(counts, Removal.KEY_PERSONS_ERASED);
    }

    private UUID placeholder() {
        return Erased.placeholder(ids.newId());
    }

    private static void add(Map<Removal, Integer> counts, Removal removal) {
        counts.merge(removal, 1, Integer::sum);
    }

    // ---- retention

    @Override
    public DeletionRecord applyRetention(Actor actor) {
        actor.require(Permission.MANAGE_RETENTION);
        Instant now = clock.instant();
        Map<Removal, Integer> counts = new EnumMap<>(Removal.class);
        Instant departedBefore = RetentionTerms.cutoff(now, terms.departedKeyPersons(), zone);
        for (KeyPerson person : keyPersons.findAll()) {
            if (!person.isErased() && person.departedAt().filter(d -> !d.isAfter(departedBefore)).isPresent()) {
                erase(person, now, actor, counts);
            }
        }
        Supplier<UUID> fresh = ids::newId;
        Instant signalsBefore = RetentionTerms.cutoff(now, terms.closedSignals(), zone);
        for (int number = 0; ; number++) {
            Page<Signal> page = signals.search(new SignalRepository.Search(java.util.Set.of(SignalStatus.CLOSED), null,
                    null, null, null, null, java.util.Set.of(), new PageRequest(number, BATCH)));
            for (Signal signal : page.items()) {
                if (signal.closedAt().filter(c -> !c.isAfter(signalsBefore)).isPresent()) {
                    Signal anonymous = signal.anonymise(fresh);
                    if (!anonymous.equals(signal)) {
                        signals.save(anonymous);
                        add(counts, Removal.SIGNALS_ANONYMISED);
                    }
                }
            }
            if (!page.hasNext()) {
                break;
            }
        }
        Instant interventionsBefore = RetentionTerms.cutoff(now, terms.closedInterventions(), zone);
        for (int number = 0; ; number++) {
            Page<Intervention> page = interventions.search(new InterventionRepository.Search(
                    java.util.Set.of(InterventionStatus.CLOSED), null, null, null, null, null,
                    new PageRequest(number, BATCH)));
            for (Intervention intervention : page.items()) {
                if (intervention.closedAt().filter(c -> !c.isAfter(interventionsBefore)).isPresent()) {
                    Intervention anonymous = intervention.anonymise(fresh);
                    if (!anonymous.equals(intervention)) {
                        interventions.save(anonymous);
                        add(counts, Removal.INTERVENTIONS_ANONYMISED);
                    }
                }
            }
            if (!page.hasNext()) {
                break;
            }
        }
        int deleted = audit.deleteEntriesUntil(RetentionTerms.cutoff(now, terms.auditEntries(), zone));
        if (deleted > 0) {
            counts.put(Removal.AUDIT_ENTRIES_DELETED, deleted);
        }
        DeletionRecord record = new DeletionRecord(ids.newId(), DeletionRecord.Kind.RETENTION, now,
                ErasureReason.RETENTION, actor.username(), counts);
        register.append(record);
        return record;
    }

    @Override
    public RetentionOverview showRetention(Actor actor, int limit) {
        actor.require(Permission.MANAGE_RETENTION);
        return new RetentionOverview(terms, register.latest(Math.max(1, Math.min(limit, PageRequest.MAX_SIZE))));
    }

    // ---- the processing register

    @Override
    public ProcessingRegister showProcessingRegister(Actor actor) {
        actor.require(Permission.VIEW_PROCESSING_REGISTER);
        return texts.register(terms);
    }
}
