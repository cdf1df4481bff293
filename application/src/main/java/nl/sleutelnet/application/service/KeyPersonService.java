package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.KeyPersonQuery;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RecordContactUseCase;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.SearchKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ShowKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.WithdrawConsentUseCase;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.Nomination;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.StaleVersionException;

/** Key persons: registration, profile, legal basis, lifecycle and contact, with the professional's need-to-know. */
public final class KeyPersonService implements RegisterKeyPersonUseCase, ChangeKeyPersonUseCase,
        RecordLegalBasisUseCase, ChangeKeyPersonStatusUseCase, WithdrawConsentUseCase, RecordContactUseCase,
        ShowKeyPersonUseCase, SearchKeyPersonsUseCase {

    private static final int WITHDRAWAL_ATTEMPTS = 3;
    private static final NeighbourhoodCode NOWHERE = NeighbourhoodCode.of("BU00000000");

    private final KeyPersonRepository keyPersons;
    private final NetworkReferences references;
    private final IdGenerator ids;
    private final Clock clock;

    public KeyPersonService(KeyPersonRepository keyPersons, NetworkReferences references, IdGenerator ids,
            Clock clock) {
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.references = checkNotNull(references, "references");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
    }

    @Override
    public KeyPerson registerKeyPerson(Actor actor, RegisterKeyPersonCommand command) {
        actor.require(Permission.MANAGE_NETWORK);
        KeyPerson.Profile profile = command.profile();
        Nomination nomination = command.nomination();
        List<FieldViolation> problems = new ArrayList<>(references.checkProfile(profile));
        if (nomination != null && !references.memberExists(nomination.nominatedBy())) {
            problems.add(new FieldViolation("nominatedBy", "nomination.member.not-found",
                    "The nominating member " + nomination.nominatedBy() + " is not in the network."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        KeyPerson candidate = KeyPerson.register(new KeyPersonId(ids.newId()), profile,
                command.legalBasis() == null ? null : command.legalBasis().toLegalBasis(), nomination,
                clock.instant(), actor.accountId());
        return keyPersons.save(candidate);
    }

    @Override
    public KeyPerson changeKeyPerson(Actor actor, ChangeKeyPersonCommand command) {
        actor.require(Permission.MANAGE_NETWORK);
        KeyPerson current = current(command.keyPersonId(), command.expectedVersion());
        KeyPerson.Profile profile = command.profile();
        List<FieldViolation> problems = references.checkProfile(profile);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        return keyPersons.save(current.changeProfile(profile));
    }

    @Override
    public KeyPerson recordLegalBasis(Actor actor, UUID keyPersonId, LegalBasisInput basis, long expectedVersion) {
        actor.require(Permission.MANAGE_NETWORK);
        checkNotNull(basis, "basis");
        return keyPersons.save(current(new KeyPersonId(keyPersonId), expectedVersion)
                .recordLegalBasis(basis.toLegalBasis()));
    }

    @Override
    public KeyPerson changeStatus(Actor actor, ChangeStatusCommand command) {
        actor.require(Permission.MANAGE_NETWORK);
        KeyPerson current = current(command.keyPersonId(), command.expectedVersion());
        return keyPersons.save(current.changeStatus(command.target(), clock.instant(), command.reason(),
                actor.accountId()));
    }

    /** Withdrawal must always work: a change saved meanwhile by someone else is read again and withdrawn anyway. */
    @Override
    public KeyPerson withdrawConsent(Actor actor, UUID keyPersonId, LocalDate on) {
        actor.require(Permission.MANAGE_NETWORK);
        checkNotNull(on, "on");
        for (int attempt = 1; ; attempt++) {
            KeyPerson current = find(new KeyPersonId(keyPersonId));
            try {
                return keyPersons.save(current.withdrawConsent(on, clock.instant(), actor.accountId()));
            } catch (StaleVersionException e) {
                if (attempt == WITHDRAWAL_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public KeyPerson recordContact(Actor actor, UUID keyPersonId, LocalDate on) {
        actor.require(Permission.MANAGE_NETWORK);
        checkNotNull(on, "on");
        return keyPersons.save(find(new KeyPersonId(keyPersonId)).recordContact(on));
    }

    @Override
    public KeyPerson showKeyPerson(Actor actor, UUID keyPersonId) {
        actor.require(Permission.VIEW_KEY_PERSONS);
        KeyPerson person = find(new KeyPersonId(keyPersonId));
        if (!mayView(actor, person)) {
            throw notFound(new KeyPersonId(keyPersonId));
        }
        return person;
    }

    @Override
    public Page<KeyPerson> searchKeyPersons(Actor actor, KeyPersonQuery query) {
        actor.require(Permission.VIEW_KEY_PERSONS);
        return keyPersons.search(new KeyPersonRepository.Search(query.neighbourhoodCode().orElse(null),
                query.themeCode().orElse(null), query.statusFilter().orElse(null), query.text(), ownBuurten(actor),
                query.pageRequest()));
    }

    /** A coordinator sees everyone; a professional only key persons active in one of their own buurten. */
    static boolean mayView(Actor actor, KeyPerson person) {
        return actor.hasRole(Role.COORDINATOR)
                || person.profile().neighbourhoods().stream().anyMatch(actor.neighbourhoods()::contains);
    }

    /** Empty for the coordinator (everything); otherwise the professional's own buurten. */
    private static Set<NeighbourhoodCode> ownBuurten(Actor actor) {
        if (actor.hasRole(Role.COORDINATOR)) {
            return Set.of();
        }
        // a professional without buurten sees nobody: a code of no real buurt restricts the search to nothing
        return actor.neighbourhoods().isEmpty() ? Set.of(NOWHERE) : actor.neighbourhoods();
    }

    private KeyPerson current(KeyPersonId id, long expectedVersion) {
        KeyPerson current = find(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Key person", current.displayName(), expectedVersion, current.version());
        }
        return current;
    }

    private KeyPerson find(KeyPersonId id) {
        return keyPersons.findById(id).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(KeyPersonId id) {
        return DomainException.notFound("key-person.not-found", "There is no key person with id %s.", id);
    }
}
