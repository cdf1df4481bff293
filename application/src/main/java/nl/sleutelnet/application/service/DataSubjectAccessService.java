package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.selfservice.ExportKeyPersonDataUseCase;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.AccessLine;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.DisclosureLine;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.InterventionLine;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.LegalBasisLine;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.Named;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.PersonRecord;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.PollLine;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.RequestLine;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.SignalLine;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.StatusLine;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport.TieLine;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.application.port.out.SelfServiceRepository;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.application.port.out.TieRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.LegalBasis;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.TokenState;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.ReporterKind;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.theme.Theme;

/**
 * The right of access (GDPR art. 15): everything held on one key person, with where it went. Signals, poll rounds
 * and interventions are read page by page and filtered here, since a request of access is rare and the stores have no
 * index by person; the audit log is read by its index on object and data subject.
 */
public final class DataSubjectAccessService implements ExportKeyPersonDataUseCase {

    /** More audit entries than this about one person are cut off (the newest are kept). */
    static final int MAX_AUDIT_ENTRIES = 5000;

    private final KeyPersonRepository keyPersons;
    private final TieRepository ties;
    private final PartnerRepository partners;
    private final SignalRepository signals;
    private final PollRepository polls;
    private final InterventionRepository interventions;
    private final SelfServiceRepository selfService;
    private final AuditLog auditLog;
    private final AccountRepository accounts;
    private final NeighbourhoodRegister register;
    private final ThemeRepository themes;
    private final Clock clock;

    public DataSubjectAccessService(KeyPersonRepository keyPersons, TieRepository ties, PartnerRepository partners,
            SignalRepository signals, PollRepository polls, InterventionRepository interventions,
            SelfServiceRepository selfService, AuditLog auditLog, AccountRepository accounts,
            NeighbourhoodRegister register, ThemeRepository themes, Clock clock) {
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.ties = checkNotNull(ties, "ties");
        this.partners = checkNotNull(partners, "partners");
        this.signals = checkNotNull(signals, "signals");
        this.polls = checkNotNull(polls, "polls");
        this.interventions = checkNotNull(interventions, "interventions");
        this.selfService = checkNotNull(selfService, "selfService");
        this.auditLog = checkNotNull(auditLog, "auditLog");
        this.accounts = checkNotNull(accounts, "accounts");
        this.register = checkNotNull(register, "register");
        this.themes = checkNotNull(themes, "themes");
        this.clock = checkNotNull(clock, "clock");
    }

    @Override
    public KeyPersonDataExport exportKeyPersonData(Actor actor, UUID keyPersonId) {
        if (actor.isKeyPerson()) {
            actor.requireSelf(keyPersonId);
        } else {
            actor.require(Permission.EXPORT_PERSONAL_DATA);
        }
        KeyPerson person = keyPersons.findById(new KeyPersonId(keyPersonId)).orElseThrow(() -> DomainException
                .notFound("key-person.not-found", "There is no key person with id %s.", keyPersonId));
        Map<String, String> themeNames = themes.findAll().stream()
                .collect(Collectors.toMap(t -> t.code().value(), Theme::name, (a, b) -> a));
        List<AuditEntry> entries = auditLog.export(new AuditFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(keyPersonId.toString()),
                Optional.empty(), Optional.empty(), false), MAX_AUDIT_ENTRIES);
        return new KeyPersonDataExport(clock.instant(), keyPersonId, record(person, themeNames), ties(person),
                signals(person, themeNames), polls(person), interventions(person),
                selfService.findRequests(person.id()).stream().map(r -> new RequestLine(r.kind().name(), r.text(),
                        r.submittedAt(), r.handledAt())).toList(),
                entries.stream().filter(e -> e.disclosure().isEmpty()).map(e -> new AccessLine(e.at(),
                        e.actor().kind().name(), e.origin().channel().name(),
                        e.origin().channel() == nl.sleutelnet.domain.audit.AuditOrigin.Channel.API
                                ? e.origin().detail().orElse(null) : null,
                        e.action(), e.purpose().name(), e.result().name())).toList(),
                entries.stream().filter(e -> e.disclosure().isPresent()).map(e -> new DisclosureLine(e.at(),
                        e.disclosure().get().recipient(), e.disclosure().get().legalBasis())).toList());
    }

    private PersonRecord record(KeyPerson person, Map<String, String> themeNames) {
        KeyPerson.Profile p = person.profile();
        String contactPerson = p.contactPerson() == null ? null
                : accounts.findById(p.contactPerson()).map(Account::displayName).orElse(null);
        String nomination = person.nomination().map(n -> member(n.nominatedBy()) + (n.motivation().isEmpty() ? ""
                : ": " + n.motivation())).orElse(null);
        return new PersonRecord(p.displayName(), p.contact().email(), p.contact().phone(), buurten(p.neighbourhoods()),
                p.reach().stream().map(r -> r.description()).toList(),
                p.themes().stream().map(t -> new Named(t.value(), themeNames.getOrDefault(t.value(), t.value())))
                        .toList(),
                p.languages().stream().map(Object::toString).toList(), contactPerson, p.notes(),
                person.legalBasis().map(DataSubjectAccessService::basis).orElse(null), person.status().name(),
                person.history().stream().map(h -> new StatusLine(h.at(), h.from() == null ? null : h.from().name(),
                        h.to().name(), h.reason())).toList(),
                person.lastContact().orElse(null), nomination, person.registeredAt(), person.version());
    }

    private static LegalBasisLine basis(LegalBasis b) {
        return new LegalBasisLine(b.ground().name(), b.recordedOn(),
                b.purposes().stream().map(Enum::name).sorted().toList(), b.howGiven(), b.reference(), b.withdrawnOn());
    }

    /** Another key person by kind only (their name is theirs); a partner organisation by name. */
    private String member(MemberRef member) {
        if (member.kind() == MemberKind.PARTNER) {
            return partners.findById(new PartnerId(member.id())).map(Partner::name).orElse("PARTNER");
        }
        return "KEY_PERSON";
    }

    private List<TieLine> ties(KeyPerson person) {
        return ties.findByMember(person.asMember()).stream().map(t -> tie(t, t.otherEnd(person.asMember())))
                .toList();
    }

    private TieLine tie(Tie tie, MemberRef other) {
        String name = other.kind() == MemberKind.PARTNER
                ? partners.findById(new PartnerId(other.id())).map(Partner::name).orElse(null) : null;
        return new TieLine(tie.kind().name(), other.kind().name(), name, tie.strength(), tie.since(),
                tie.lastContact().orElse(null));
    }

    private List<SignalLine> signals(KeyPerson person, Map<String, String> themeNames) {
        UUID id = person.id().value();
        List<SignalLine> lines = new ArrayList<>();
        for (Signal signal : all(page -> signals.search(new SignalRepository.Search(Set.of(), null, null, null, null,
                null, Set.of(), page)))) {
            Signal.Report r = signal.content();
            List<Named> buurten = buurten(r.neighbourhoods());
            List<Named> themeList = r.themes().stream().map(t -> new Named(t.value(),
                    themeNames.getOrDefault(t.value(), t.value()))).toList();
            if (isThem(r.reporter(), id)) {
                lines.add(new SignalLine(signal.trackingCode().value(), false, r.observedAt(), signal.receivedAt(),
                        buurten, themeList, r.intensity().value(), r.howObtained().name(), r.description(),
                        signal.status().name(), signal.statusSince()));
            }
            signal.sightings().stream().filter(s -> isThem(s.reporter(), id)).forEach(s -> lines.add(
                    new SignalLine(null, true, s.observedAt(), s.receivedAt(), buurten, themeList, null,
                            s.howObtained().name(), s.note(), signal.status().name(), signal.statusSince())));
        }
        lines.sort(Comparator.comparing(SignalLine::receivedAt).reversed());
        return lines;
    }

    private static boolean isThem(Reporter reporter, UUID id) {
        return reporter.kind() == ReporterKind.KEY_PERSON && id.equals(reporter.id());
    }

    private List<PollLine> polls(KeyPerson person) {
        List<PollLine> lines = new ArrayList<>();
        for (PollRound round : all(page -> polls.searchRounds(new PollRepository.RoundSearch(Set.of(), Set.of(),
                page)))) {
            for (PollInvitation invitation : polls.findInvitations(round.id())) {
                if (!invitation.keyPerson().equals(person.id())) {
                    continue;
                }
                boolean open = invitation.stateOf(invitation.currentTokenHash(), clock.instant(), round)
                        == TokenState.VALID;
                Map<String, Integer> ratings = new LinkedHashMap<>();
                invitation.answer().ifPresent(a -> a.ratings().forEach((t, v) -> ratings.put(t.value(), v)));
                lines.add(new PollLine(round.id().value(), round.plan().occasion(), invitation.tokenIssuedAt(),
                        round.plan().closesAt(), buurten(invitation.neighbourhoods()), open,
                        invitation.answer().map(a -> a.answeredAt()).orElse(null), ratings,
                        invitation.answer().map(a -> a.remark()).orElse(null)));
            }
        }
        return lines;
    }

    private List<InterventionLine> interventions(KeyPerson person) {
        List<InterventionLine> lines = new ArrayList<>();
        for (Intervention intervention : all(page -> interventions.search(new InterventionRepository.Search(
                Set.of(), null, null, null, null, null, page)))) {
            intervention.participant(person.asMember()).ifPresent(p -> lines.add(new InterventionLine(
                    intervention.id().value(), intervention.title(), intervention.type().name(),
                    intervention.status().name(), p.part(),
                    java.time.LocalDate.ofInstant(intervention.plannedAt(), java.time.ZoneOffset.UTC))));
        }
        return lines;
    }

    private List<Named> buurten(Collection<NeighbourhoodCode> codes) {
        return codes.stream().map(c -> new Named(c.value(), register.neighbourhood(c).map(Neighbourhood::name)
                .orElse(c.value()))).toList();
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> search) {
        List<T> all = new ArrayList<>();
        int number = 0;
        Page<T> page;
        do {
            page = search.apply(new PageRequest(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (page.hasNext());
        return all;
    }
}
