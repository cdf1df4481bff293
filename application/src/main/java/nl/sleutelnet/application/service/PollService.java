package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundCommand;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.HousekeepingReport;
import nl.sleutelnet.application.port.in.poll.ListPollRoundsUseCase;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.PollHousekeepingUseCase;
import nl.sleutelnet.application.port.in.poll.PollRoundQuery;
import nl.sleutelnet.application.port.in.poll.PollRoundReport;
import nl.sleutelnet.application.port.in.poll.PollRoundReport.InvitationLine;
import nl.sleutelnet.application.port.in.poll.PollRoundReport.NotInvitedLine;
import nl.sleutelnet.application.port.in.poll.PollRoundSummary;
import nl.sleutelnet.application.port.in.poll.ResendPollInvitationUseCase;
import nl.sleutelnet.application.port.in.poll.ShowPollRoundUseCase;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.application.port.out.PollRepository.ResponseCount;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.ProcessingPurpose;
import nl.sleutelnet.domain.poll.Delivery;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollInvitationId;
import nl.sleutelnet.domain.poll.PollResults;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundId;
import nl.sleutelnet.domain.poll.PollToken;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The coordinator's poll rounds and the housekeeping that runs them: opening (inviting every active key person of the
 * buurten who consented to polls, by mail with a personal link), reminding, closing and recurring. A mail that fails
 * never loses its invitation: it is recorded as failed and shown on the round, so the coordinator can act.
 */
public final class PollService implements OpenPollRoundUseCase, ListPollRoundsUseCase, ShowPollRoundUseCase,
        ClosePollRoundUseCase, ResendPollInvitationUseCase, PollHousekeepingUseCase {

    private final PollRepository polls;
    private final KeyPersonRepository keyPersons;
    private final ThemeRepository themes;
    private final NeighbourhoodRegister register;
    private final NetworkReferences references;
    private final Notifier notifier;
    private final SecretSource secrets;
    private final IdGenerator ids;
    private final Clock clock;
    private final PollSettings settings;

    public PollService(PollRepository polls, KeyPersonRepository keyPersons, ThemeRepository themes,
            NeighbourhoodRegister register, NetworkReferences references, Notifier notifier, SecretSource secrets,
            IdGenerator ids, Clock clock, PollSettings settings) {
        this.polls = checkNotNull(polls, "polls");
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.themes = checkNotNull(themes, "themes");
        this.register = checkNotNull(register, "register");
        this.references = checkNotNull(references, "references");
        this.notifier = checkNotNull(notifier, "notifier");
        this.secrets = checkNotNull(secrets, "secrets");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
        this.settings = checkNotNull(settings, "settings");
    }

    // --- the coordinator's rounds ---

    @Override
    public PollRound openPollRound(Actor actor, OpenPollRoundCommand command) {
        actor.require(Permission.MANAGE_POLLS);
        Instant now = clock.instant();
        List<FieldViolation> problems = new ArrayList<>(references.checkNeighbourhoods(command.neighbourhoodCodes()));
        // in the order given (Set.copyOf would list unknown themes in a different order on every start)
        problems.addAll(references.checkThemes(new LinkedHashSet<>(command.themeCodes())));
        Instant opensAt = command.opensAt() == null || !command.opensAt().isAfter(now) ? now : command.opensAt();
        Instant closesAt = command.closesAt() == null ? opensAt.plus(settings.defaultPeriod()) : command.closesAt();
        if (!closesAt.isAfter(now)) {
            problems.add(new FieldViolation("closesAt", "poll.closes-in-past",
                    "The round would close at " + closesAt + ", which has passed; choose a later close time."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        PollRound.Plan plan;
        try {
            plan = new PollRound.Plan(command.neighbourhoodCodes(), command.themeCodes(), opensAt, closesAt,
                    command.parsedRecurrence(), command.occasion());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            throw InvalidCommandException.of("closesAt", e.code(), e.getMessage());
        }
        PollRound round = PollRound.plan(new PollRoundId(ids.newId()), plan, now, actor.accountId(), null);
        if (round.isDueToOpen(now)) {
            return open(round, now, new Counter());
        }
        return polls.saveRound(round);
    }

    @Override
    public Page<PollRoundSummary> listPollRounds(Actor actor, PollRoundQuery query) {
        actor.require(Permission.VIEW_POLLS);
        Optional<Set<NeighbourhoodCode>> own = ownBuurten(actor);
        if (own.isPresent() && own.get().isEmpty()) {
            return new Page<>(List.of(), query.page(), query.size(), 0);
        }
        Page<PollRound> rounds = polls.searchRounds(new PollRepository.RoundSearch(query.statuses(),
                own.orElse(Set.of()), query.pageRequest()));
        Map<PollRoundId, ResponseCount> counts = polls.responseCounts(rounds.items().stream().map(PollRound::id)
                .toList());
        return rounds.map(r -> {
            ResponseCount count = counts.getOrDefault(r.id(), new ResponseCount(0, 0));
            return new PollRoundSummary(r, new PollResults.Response(count.invited(), count.answered()));
        });
    }

    @Override
    public PollRoundReport showPollRound(Actor actor, UUID roundId) {
        actor.require(Permission.VIEW_POLLS);
        Optional<Set<NeighbourhoodCode>> own = ownBuurten(actor);
        PollRound round = polls.findRound(new PollRoundId(roundId))
                .filter(r -> own.isEmpty() || r.plan().neighbourhoods().stream().anyMatch(own.get()::contains))
                .orElseThrow(() -> notFound(roundId));
        List<PollInvitation> invitations = polls.findInvitations(round.id());
        PollResults results = own.isPresent() ? PollResults.of(round, invitations, own.get()::contains)
                : PollResults.of(round, invitations);
        if (!actor.may(Permission.MANAGE_POLLS)) {
            return new PollRoundReport(round, results.withoutRemarks(), false, List.of(), List.of());
        }
        Map<KeyPersonId, String> names = keyPersons.findAll().stream()
                .collect(Collectors.toMap(KeyPerson::id, KeyPerson::displayName));
        return new PollRoundReport(round, results, true,
                invitations.stream().map(i -> line(i, names)).toList(),
                round.notInvited().stream().map(n -> new NotInvitedLine(n.keyPerson().value(),
                        names.getOrDefault(n.keyPerson(), "?"), n.reason())).toList());
    }

    @Override
    public PollRound closePollRound(Actor actor, ClosePollRoundCommand command) {
        actor.require(Permission.MANAGE_POLLS);
        PollRound round = polls.findRound(new PollRoundId(command.roundId()))
                .orElseThrow(() -> notFound(command.roundId()));
        if (round.version() != command.expectedVersion()) {
            throw new StaleVersionException("Poll round", round.id(), command.expectedVersion(), round.version());
        }
        Instant now = clock.instant();
        PollRound closed = polls.saveRound(round.close(now, Optional.of(actor.accountId()), command.endSeries()));
        planNext(closed, now, new Counter());
        return closed;
    }

    @Override
    public InvitationLine resendInvitation(Actor actor, UUID roundId, UUID keyPersonId) {
        actor.require(Permission.MANAGE_POLLS);
        Instant now = clock.instant();
        PollRound round = polls.findRound(new PollRoundId(roundId)).orElseThrow(() -> notFound(roundId));
        if (!round.acceptsAnswers(now)) {
            throw DomainException.conflict("poll.round.not-open", "Round %s is not open (it is %s, closing %s): "
                    + "invitations go out only while a round is open.", round.id(), round.status(),
                    round.plan().closesAt());
        }
        KeyPersonId id = new KeyPersonId(keyPersonId);
        KeyPerson person = keyPersons.findById(id).orElseThrow(() -> DomainException.notFound(
                "key-person.not-found", "There is no key person %s.", keyPersonId));
        if (!takesPartInPolls(person)) {
            throw DomainException.conflict("poll.key-person.not-active", "%s is not an active key person with "
                    + "consent for polls, so no invitation can be sent.", person.displayName());
        }
        if (person.profile().contact().email() == null) {
            throw DomainException.conflict("poll.key-person.no-email", "%s has no e-mail address; add one to the "
                    + "key person first.", person.displayName());
        }
        Optional<PollInvitation> existing = polls.findInvitations(round.id()).stream()
                .filter(i -> i.keyPerson().equals(id)).findFirst();
        PollToken token = newToken();
        PollInvitation invitation;
        if (existing.isPresent()) {
            invitation = existing.get().reissue(token, now);
        } else if (round.notInvited().stream().anyMatch(n -> n.keyPerson().equals(id))) {
            if (person.profile().neighbourhoods().stream().noneMatch(round::isAbout)) {
                throw DomainException.conflict("poll.invitation.outside-round", "%s is no longer active in any of "
                        + "the round's buurten.", person.displayName());
            }
            round = polls.saveRound(round.invitedLater(id));
            invitation = PollInvitation.issue(new PollInvitationId(ids.newId()), round, id,
                    person.profile().neighbourhoods(), token, now);
        } else {
            throw DomainException.notFound("poll.invitation.not-found", "%s was not invited to round %s and is not "
                    + "listed as not invited.", person.displayName(), round.id());
        }
        PollInvitation saved = polls.saveInvitation(send(mailsOf(round), invitation, person, token, false, now));
        return line(saved, Map.of(id, person.displayName()));
    }

    // --- the housekeeping ---

    @Override
    public HousekeepingReport pollHousekeeping() {
        Instant now = clock.instant();
        Counter count = new Counter();
        for (PollRound round : polls.findUnclosedRounds()) {
            if (!now.isBefore(round.plan().closesAt())) {
                PollRound closed = polls.saveRound(round.close(now, Optional.empty(), false));
                count.closed++;
                planNext(closed, now, count);
            }
        }
        for (PollRound round : polls.findUnclosedRounds()) {
            if (round.isDueToOpen(now)) {
                open(round, now, count);
            }
        }
        if (settings.remindsAtAll()) {
            for (PollRound round : polls.findUnclosedRounds()) {
                if (round.acceptsAnswers(now) && !now.isBefore(round.remindAt(settings.remindBeforeClose()))) {
                    remind(round, now, count);
                }
            }
        }
        return new HousekeepingReport(count.opened, count.closed, count.planned, count.invitations, count.reminders,
                count.failed);
    }

    /** Reminds, once, every invitation not answered whose link went out before the reminder moment. */
    private void remind(PollRound round, Instant now, Counter count) {
        Instant remindAt = round.remindAt(settings.remindBeforeClose());
        PollMails.Round mails = null;
        for (PollInvitation invitation : polls.findInvitations(round.id())) {
            if (invitation.isAnswered() || invitation.remindedAt().isPresent()
                    || !invitation.tokenIssuedAt().isBefore(remindAt)) {
                continue;
            }
            Optional<KeyPerson> person = keyPersons.findById(invitation.keyPerson()).filter(PollService::takesPartInPolls);
            if (person.isEmpty()) {
                continue;
            }
            PollInvitation result;
            if (person.get().profile().contact().email() == null) {
                result = invitation.mailFailed(now, "no e-mail address any more", true);
            } else {
                PollToken token = newToken();
                if (mails == null) {
                    mails = mailsOf(round);
                }
                result = send(mails, invitation.reissue(token, now), person.get(), token, true, now);
            }
            polls.saveInvitation(result);
            if (result.delivery() == Delivery.SENT) {
                count.reminders++;
            } else {
                count.failed++;
            }
        }
    }

    /** The next round of a closed recurring round, opened at once when its time has come. */
    private void planNext(PollRound closed, Instant now, Counter count) {
        Optional<PollRound.Plan> next = closed.next(settings.zone(), now);
        if (next.isEmpty()) {
            return;
        }
        PollRound planned = PollRound.plan(new PollRoundId(ids.newId()), next.get(), now, closed.createdBy(),
                closed.id());
        count.planned++;
        if (planned.isDueToOpen(now)) {
            open(planned, now, count);
        } else {
            polls.saveRound(planned);
        }
    }

    /**
     * Opens the round: invites every active key person of its buurten who consented to polls and has an e-mail
     * address, and lists the others on the round.
     */
    private PollRound open(PollRound round, Instant now, Counter count) {
        List<KeyPerson> invitees = new ArrayList<>();
        List<PollRound.NotInvited> notInvited = new ArrayList<>();
        for (KeyPerson person : activeIn(round.plan().neighbourhoods())) {
            if (!takesPartInPolls(person)) {
                notInvited.add(new PollRound.NotInvited(person.id(), PollRound.Unreachable.NO_CONSENT_FOR_POLLS));
            } else if (person.profile().contact().email() == null) {
                notInvited.add(new PollRound.NotInvited(person.id(), PollRound.Unreachable.NO_EMAIL));
            } else {
                invitees.add(person);
            }
        }
        PollRound opened = polls.saveRound(round.open(now, notInvited));
        count.opened++;
        PollMails.Round mails = mailsOf(opened);
        for (KeyPerson person : invitees) {
            PollToken token = newToken();
            PollInvitation invitation = PollInvitation.issue(new PollInvitationId(ids.newId()), opened, person.id(),
                    person.profile().neighbourhoods(), token, now);
            PollInvitation sent = polls.saveInvitation(send(mails, invitation, person, token, false, now));
            if (sent.delivery() == Delivery.SENT) {
                count.invitations++;
            } else {
                count.failed++;
            }
        }
        return opened;
    }

    /**
     * What the round's mails say alike (the names of its themes, its close time): read and written once for all the
     * mails of one opening, reminder run or resend.
     */
    private PollMails.Round mailsOf(PollRound round) {
        Map<ThemeCode, String> themeNames = themes.findAll().stream()
                .collect(Collectors.toMap(Theme::code, Theme::name));
        return PollMails.Round.of(round.plan().themes().stream().map(t -> themeNames.getOrDefault(t, t.value()))
                .toList(), round.plan().closesAt(), settings.zone());
    }

    /** Mails the invitation's current link; a failure is recorded on the invitation, never thrown. */
    private PollInvitation send(PollMails.Round mails, PollInvitation invitation, KeyPerson person, PollToken token,
            boolean reminder, Instant now) {
        List<String> buurten = invitation.neighbourhoods().stream().map(this::buurtName).toList();
        String to = person.profile().contact().email();
        Notifier.Message message = reminder
                ? PollMails.reminder(to, person.displayName(), buurten, mails, settings.link(token))
                : PollMails.invitation(to, person.displayName(), buurten, mails, settings.link(token));
        try {
            notifier.send(message);
            return invitation.mailed(now, reminder);
        } catch (RuntimeException e) {
            String problem = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage();
            return invitation.mailFailed(now, problem, reminder);
        }
    }

    private String buurtName(NeighbourhoodCode code) {
        return register.neighbourhood(code).map(Neighbourhood::name).orElse(code.value());
    }

    /** Every active key person in at least one of these buurten. */
    private List<KeyPerson> activeIn(Set<NeighbourhoodCode> buurten) {
        List<KeyPerson> found = new ArrayList<>();
        int page = 0;
        Page<KeyPerson> batch;
        do {
            batch = keyPersons.search(new KeyPersonRepository.Search(null, null, KeyPersonStatus.ACTIVE, null,
                    buurten, new PageRequest(page++, PageRequest.MAX_SIZE)));
            found.addAll(batch.items());
        } while (batch.hasNext());
        return found;
    }

    /** Active, with a valid legal basis whose purposes include polls. */
    static boolean takesPartInPolls(KeyPerson person) {
        return person.status() == KeyPersonStatus.ACTIVE && person.hasValidBasis()
                && person.legalBasis().map(b -> b.purposes().contains(ProcessingPurpose.POLLS)).orElse(false);
    }

    private PollToken newToken() {
        return PollToken.fromRandomBytes(secrets.randomBytes(PollToken.RANDOM_BYTES));
    }

    /**
     * The buurten whose rounds the actor sees: empty for all (the coordinator, an analyst), otherwise a
     * professional's own (possibly none).
     */
    private static Optional<Set<NeighbourhoodCode>> ownBuurten(Actor actor) {
        if (actor.may(Permission.MANAGE_POLLS) || actor.hasRole(Role.ANALYST)) {
            return Optional.empty();
        }
        return Optional.of(actor.neighbourhoods());
    }

    private static InvitationLine line(PollInvitation i, Map<KeyPersonId, String> names) {
        return new InvitationLine(i.keyPerson().value(), names.getOrDefault(i.keyPerson(), "?"), i.neighbourhoods(),
                i.delivery(), i.deliveryProblem(), i.mailedAt().orElse(null), i.remindedAt().orElse(null),
                i.isAnswered());
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound("poll.round.not-found", "There is no poll round %s (or it is outside your "
                + "buurten).", id);
    }

    /** What one housekeeping run (or one use case) did. */
    private static final class Counter {
        int opened;
        int closed;
        int planned;
        int invitations;
        int reminders;
        int failed;
    }
}
