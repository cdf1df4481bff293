package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.application.port.in.selfservice.CorrectOwnDetailsCommand;
import nl.sleutelnet.application.port.in.selfservice.CorrectOwnDetailsUseCase;
import nl.sleutelnet.application.port.in.selfservice.HandleDataSubjectRequestUseCase;
import nl.sleutelnet.application.port.in.selfservice.LeaveNetworkUseCase;
import nl.sleutelnet.application.port.in.selfservice.ListDataSubjectRequestsUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenOwnPollUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenRequest;
import nl.sleutelnet.application.port.in.selfservice.PersonalLinkSent;
import nl.sleutelnet.application.port.in.selfservice.PersonalLinkSession;
import nl.sleutelnet.application.port.in.selfservice.RequestPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.SendPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.SubmitCorrectionRequestUseCase;
import nl.sleutelnet.application.port.in.selfservice.WithdrawOwnConsentUseCase;
import nl.sleutelnet.application.port.out.AttemptLog;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.application.port.out.SelfServiceRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.LegalBasis;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundId;
import nl.sleutelnet.domain.poll.PollToken;
import nl.sleutelnet.domain.poll.TokenState;
import nl.sleutelnet.domain.selfservice.DataSubjectRequest;
import nl.sleutelnet.domain.selfservice.PersonalLink;
import nl.sleutelnet.domain.selfservice.PersonalLinkToken;
import nl.sleutelnet.domain.selfservice.RequestKind;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;

/**
 * A key person's self-service without an account ("Mijn Sleutelnet"): the personal link (sent by the coordinator or
 * asked for with an e-mail address), the session it opens for that one key person, and what they can do there:
 * correct their name and contact details, ask for other corrections, withdraw consent, leave, go to an open poll.
 * The coordinator sees and closes their requests. Every self-service call starts with
 * {@link Actor#requireSelf(UUID)}.
 */
public final class SelfServiceService implements SendPersonalLinkUseCase, RequestPersonalLinkUseCase,
        OpenPersonalLinkUseCase, CorrectOwnDetailsUseCase, SubmitCorrectionRequestUseCase, WithdrawOwnConsentUseCase,
        LeaveNetworkUseCase, ListDataSubjectRequestsUseCase, HandleDataSubjectRequestUseCase, OpenOwnPollUseCase {

    private static final int WITHDRAWAL_ATTEMPTS = 3;

    private final KeyPersonRepository keyPersons;
    private final SelfServiceRepository store;
    private final PollRepository polls;
    private final Notifier notifier;
    private final SecretSource secrets;
    private final IdGenerator ids;
    private final Clock clock;
    private final SelfServiceSettings settings;
    private final PollSettings links;
    private final LinkRequestThrottle throttle;

    /**
     * @param attempts where link requests are counted (shared by the instances on one database)
     * @param links    the public address and time zone, shared with the poll links
     */
    public SelfServiceService(KeyPersonRepository keyPersons, SelfServiceRepository store, PollRepository polls,
            AttemptLog attempts, Notifier notifier, SecretSource secrets, IdGenerator ids, Clock clock,
            SelfServiceSettings settings, PollSettings links) {
        this.throttle = new LinkRequestThrottle(attempts);
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.store = checkNotNull(store, "store");
        this.polls = checkNotNull(polls, "polls");
        this.notifier = checkNotNull(notifier, "notifier");
        this.secrets = checkNotNull(secrets, "secrets");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
        this.settings = checkNotNull(settings, "settings");
        this.links = checkNotNull(links, "links");
    }

    @Override
    public PersonalLinkSent sendPersonalLink(Actor actor, UUID keyPersonId) {
        actor.require(Permission.MANAGE_NETWORK);
        KeyPerson person = find(keyPersonId);
        String email = person.profile().contact().email();
        if (email == null) {
            throw DomainException.conflict("self-service.no-email", "%s has no e-mail address to send the link to; "
                    + "add one first.", person.displayName());
        }
        PersonalLink link = issue(person, email, true);
        return new PersonalLinkSent(keyPersonId, link.expiresAt());
    }

    /** Always returns normally: the caller tells everyone the same neutral sentence. */
    @Override
    public void requestPersonalLink(String emailAddress) {
        if (emailAddress == null || emailAddress.isBlank() || emailAddress.length() > 254) {
            return;
        }
        String email = emailAddress.strip();
        String client = CallContext.current().flatMap(c -> c.origin().clientAddress()).orElse(null);
        if (!throttle.allow(email, client, settings, clock.instant())) {
            return;
        }
        for (KeyPerson person : withEmail(email)) {
            if (person.status() == KeyPersonStatus.DEPARTED) {
                continue;
            }
            try {
                issue(person, person.profile().contact().email(), false);
            } catch (DomainException e) {
                // the mail could not be sent: the answer stays the same, nothing is revealed
            }
        }
    }

    @Override
    public PersonalLinkSession openPersonalLink(String token) {
        Optional<PersonalLinkToken> parsed = PersonalLinkToken.parse(token);
        if (parsed.isEmpty()) {
            return PersonalLinkSession.refused(PersonalLinkSession.State.UNKNOWN);
        }
        Optional<PersonalLink> link = store.findLinkByTokenHash(parsed.get().hash());
        if (link.isEmpty()) {
            return PersonalLinkSession.refused(PersonalLinkSession.State.UNKNOWN);
        }
        if (!link.get().worksAt(clock.instant())) {
            return PersonalLinkSession.refused(PersonalLinkSession.State.EXPIRED);
        }
        Optional<KeyPerson> person = keyPersons.findById(link.get().keyPerson());
        if (person.isEmpty()) {
            return PersonalLinkSession.refused(PersonalLinkSession.State.GONE);
        }
        return new PersonalLinkSession(PersonalLinkSession.State.VALID,
                Optional.of(Actor.keyPerson(person.get().id())), Optional.of(link.get().expiresAt()),
                mayChange(person.get()));
    }

    @Override
    public KeyPerson correctOwnDetails(Actor actor, CorrectOwnDetailsCommand command) {
        actor.requireSelf(command.keyPersonId());
        KeyPerson person = find(command.keyPersonId());
        requireMayChange(person);
        if (person.version() != command.expectedVersion()) {
            throw new StaleVersionException("Key person", person.displayName(), command.expectedVersion(),
                    person.version());
        }
        KeyPerson.Profile p = person.profile();
        return keyPersons.save(person.changeProfile(new KeyPerson.Profile(command.displayName(), command.contact(),
                p.neighbourhoods(), p.reach(), p.themes(), p.languages(), p.contactPerson(), p.notes())));
    }

    @Override
    public DataSubjectRequest submitCorrectionRequest(Actor actor, UUID keyPersonId, String text) {
        actor.requireSelf(keyPersonId);
        KeyPerson person = find(keyPersonId);
        return store.saveRequest(DataSubjectRequest.correction(ids.newId(), person.id(), text, clock.instant()));
    }

    /** Withdrawal must always work: a change saved meanwhile by someone else is read again and withdrawn anyway. */
    @Override
    public KeyPerson withdrawOwnConsent(Actor actor, UUID keyPersonId) {
        actor.requireSelf(keyPersonId);
        for (int attempt = 1; ; attempt++) {
            KeyPerson person = find(keyPersonId);
            requireMayChange(person);
            LegalBasis basis = person.legalBasis().orElseThrow(() -> DomainException.conflict("legal-basis.none",
                    "There is no recorded consent to withdraw."));
            if (!basis.isConsent()) {
                throw DomainException.conflict("legal-basis.not-consent",
                        "Your data is processed on the ground %s, not on your consent: ask the coordinator, or "
                                + "leave.", basis.ground());
            }
            if (!basis.isValid()) {
                throw DomainException.conflict("legal-basis.already-withdrawn",
                        "Consent was already withdrawn on %s.", basis.withdrawnOn());
            }
            try {
                return keyPersons.save(person.leave(today(), clock.instant(), KeyPerson.CONSENT_WITHDRAWN,
                        actor.accountId()));
            } catch (StaleVersionException e) {
                if (attempt == WITHDRAWAL_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public KeyPerson leaveNetwork(Actor actor, UUID keyPersonId) {
        actor.requireSelf(keyPersonId);
        KeyPerson left = null;
        for (int attempt = 1; left == null; attempt++) {
            KeyPerson person = find(keyPersonId);
            boolean consent = person.legalBasis().map(b -> b.isConsent() && b.isValid()).orElse(false);
            try {
                left = person.status() == KeyPersonStatus.DEPARTED && !consent ? person
                        : keyPersons.save(person.leave(today(), clock.instant(),
                                consent ? KeyPerson.CONSENT_WITHDRAWN : KeyPerson.LEFT_ON_OWN_REQUEST,
                                actor.accountId()));
            } catch (StaleVersionException e) {
                if (attempt == WITHDRAWAL_ATTEMPTS) {
                    throw e;
                }
            }
        }
        boolean asked = store.findRequests(left.id()).stream()
                .anyMatch(r -> r.kind() == RequestKind.ERASURE && r.isOpen());
        if (!asked) {
            // The web adapter erases at once (EraseKeyPersonUseCase) and calls this only when that failed: the
            // request then waits for the coordinator, who erases from the open requests.
            store.saveRequest(DataSubjectRequest.erasure(ids.newId(), left.id(), clock.instant()));
        }
        return left;
    }

    @Override
    public List<OpenRequest> listOpenRequests(Actor actor) {
        actor.require(Permission.HANDLE_DATA_SUBJECT_REQUESTS);
        return store.findOpenRequests().stream().map(r -> new OpenRequest(r,
                keyPersons.findById(r.keyPerson()).map(KeyPerson::displayName).orElse(""))).toList();
    }

    @Override
    public DataSubjectRequest markRequestHandled(Actor actor, UUID requestId) {
        actor.require(Permission.HANDLE_DATA_SUBJECT_REQUESTS);
        DataSubjectRequest request = store.findRequest(requestId).orElseThrow(() -> DomainException.notFound(
                "data-subject-request.not-found", "There is no request with id %s.", requestId));
        return store.saveRequest(request.markHandled(clock.instant(), actor.accountId()));
    }

    @Override
    public PollLinkSecret openOwnPoll(Actor actor, UUID keyPersonId, UUID roundId) {
        actor.requireSelf(keyPersonId);
        KeyPerson person = find(keyPersonId);
        Instant now = clock.instant();
        if (!PollService.takesPartInPolls(person)) {
            throw PollInvitation.refusal(TokenState.NOT_ACTIVE);
        }
        PollRound round = polls.findRound(new PollRoundId(roundId)).orElseThrow(
                () -> PollInvitation.refusal(TokenState.UNKNOWN));
        PollInvitation invitation = polls.findInvitations(round.id()).stream()
                .filter(i -> i.keyPerson().equals(person.id())).findFirst()
                .orElseThrow(() -> PollInvitation.refusal(TokenState.UNKNOWN));
        TokenState state = invitation.stateOf(invitation.currentTokenHash(), now, round);
        if (state != TokenState.VALID) {
            throw PollInvitation.refusal(state);
        }
        PollToken token = PollToken.fromRandomBytes(secrets.randomBytes(PollToken.RANDOM_BYTES));
        // handed to the key person directly, which counts as delivered: the housekeeping sends nothing again
        polls.saveInvitation(invitation.reissue(token, now).mailed(now, false));
        return new PollLinkSecret(token.reveal());
    }

    /** A key person who left can still see their data and send requests, but change nothing. */
    static boolean mayChange(KeyPerson person) {
        return person.status() != KeyPersonStatus.DEPARTED;
    }

    private static void requireMayChange(KeyPerson person) {
        if (!mayChange(person)) {
            throw DomainException.conflict("self-service.departed", "You have left Sleutelnet, so your link "
                    + "shows your data but changes nothing any more; send a request to the coordinator instead.");
        }
    }

    private PersonalLink issue(KeyPerson person, String email, boolean byStaff) {
        Instant now = clock.instant();
        PersonalLinkToken token = PersonalLinkToken.fromRandomBytes(secrets.randomBytes(
                PersonalLinkToken.RANDOM_BYTES));
        PersonalLink link = new PersonalLink(ids.newId(), person.id(), token.hash(), now,
                now.plus(settings.linkValidity()), byStaff);
        store.saveLink(link);
        try {
            notifier.send(SelfServiceMails.link(email, person.displayName(),
                    links.publicUrl() + "/mijn-sleutelnet/" + token.reveal(), link.expiresAt(), links.zone()));
        } catch (RuntimeException e) {
            throw DomainException.conflict("self-service.mail-failed",
                    "The link could not be mailed (%s); try again later.", e.getMessage());
        }
        return link;
    }

    /** The key persons whose e-mail address is exactly this one (ignoring case). */
    private List<KeyPerson> withEmail(String email) {
        List<KeyPerson> found = new ArrayList<>();
        int page = 0;
        while (true) {
            var result = keyPersons.search(new KeyPersonRepository.Search(null, null, null, email, java.util.Set.of(),
                    new PageRequest(page, PageRequest.MAX_SIZE)));
            result.items().stream().filter(p -> p.profile().contact().email() != null
                    && p.profile().contact().email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
                    .forEach(found::add);
            if (!result.hasNext()) {
                return found;
            }
            page++;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), links.zone());
    }

    private KeyPerson find(UUID id) {
        return keyPersons.findById(new KeyPersonId(id)).orElseThrow(() -> DomainException.notFound(
                "key-person.not-found", "There is no key person with id %s.", id));
    }
}
