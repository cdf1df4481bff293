package nl.sleutelnet.bootstrap.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.account.IssueApiTokenCommand;
import nl.sleutelnet.application.port.in.account.IssueApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.ListAccountsUseCase;
import nl.sleutelnet.application.port.in.intervention.AddParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.AddTaskCommand;
import nl.sleutelnet.application.port.in.intervention.AddTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.ParticipantCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.TagDynamicCommand;
import nl.sleutelnet.application.port.in.intervention.TagDynamicUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.bootstrap.web.Http;
import nl.sleutelnet.bootstrap.web.StaffSession;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Caller;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.audit.AuditOrigin;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.signal.Signal;
import org.springframework.context.ApplicationContext;

/**
 * One of each object, made through the core's use cases once per application, and a signed-in client per role.
 *
 * <p>The professional works in Malberg ({@value #IN_SCOPE}) only. Every object exists twice: inside Malberg, and in
 * Wyck ({@value #OUT_OF_SCOPE}), outside the professional's buurten (the demo data in Noordwest and Centrum is outside
 * too). The key persons have a name, e-mail address and phone number no other test uses, so a test can look for them
 * in every answer.
 */
public final class AccessFixture {

    public static final String IN_SCOPE = "BU09350207";
    public static final String IN_SCOPE_DISTRICT = "WK093502";
    public static final String OUT_OF_SCOPE = "BU09350101";
    public static final String THEME = "wij-zij";
    /** A buurt code of the right form that is no buurt: a change that names it is refused after the access check. */
    public static final String NOWHERE = "BU09359999";
    public static final String PASSWORD = "een test wachtwoord";
    /** A personal poll link that leads nowhere: the poll pages are open to anyone who holds a link. */
    public static final String UNKNOWN_POLL_TOKEN = "onbekende-link-0000000000000000";

    private static final Map<Integer, AccessFixture> BY_PORT = new ConcurrentHashMap<>();
    private static final LocalDate GIVEN = LocalDate.of(2026, 1, 15);

    /** The personal data of the seeded key persons: what an analyst must never see. */
    public record Person(String name, String email, String phone) {
        public List<String> identifiers() {
            return List.of(name, email, phone);
        }
    }

    /** The ids of one set of objects, all in one buurt. */
    public record Objects(String buurt, Person person, UUID keyPerson, UUID partner, UUID tie, UUID signal,
            String trackingCode, UUID intervention, UUID task, UUID dynamic, UUID pollRound) {
    }

    private final int port;
    private final Http http;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<Caller, StaffSession> sessions = new EnumMap<>(Caller.class);
    private final Objects inside;
    private final Objects outside;
    private final UUID spareAccount;
    private final UUID spareToken;
    private final UUID alert;
    private final UUID coordinator;

    /** The fixture of the application on this port, made on first use. */
    public static synchronized AccessFixture of(ApplicationContext context, int port) {
        return BY_PORT.computeIfAbsent(port, p -> new AccessFixture(context, p));
    }

    private AccessFixture(ApplicationContext context, int port) {
        this.port = port;
        this.http = new Http(port);
        try (CallContext.Scope job = CallContext.open(AuditOrigin.job("toegang-test"))) {
            Actor system = Actor.system();
            CreateAccountUseCase create = context.getBean(CreateAccountUseCase.class);
            for (Caller caller : Caller.values()) {
                if (caller != Caller.ANONYMOUS) {
                    create.createAccount(system, new CreateAccountCommand(username(caller), "Toegang " + caller,
                            List.of(caller.name()), caller == Caller.PROFESSIONAL ? List.of(IN_SCOPE) : List.of(),
                            PASSWORD));
                }
            }
            create.createAccount(system, new CreateAccountCommand("toegang.reserve", "Reserve-account",
                    List.of("ANALYST"), List.of(), PASSWORD));
            ListAccountsUseCase accounts = context.getBean(ListAccountsUseCase.class);
            IssueApiTokenUseCase issue = context.getBean(IssueApiTokenUseCase.class);
            for (Caller caller : Caller.values()) {
                if (caller != Caller.ANONYMOUS) {
                    tokens.put(caller, issue.issueApiToken(system, new IssueApiTokenCommand(
                            account(accounts, username(caller)).id().value(), "toegangsmatrix")).secret().reveal());
                }
            }
            spareAccount = account(accounts, "toegang.reserve").id().value();
            spareToken = issue.issueApiToken(system, new IssueApiTokenCommand(spareAccount, "reserve")).token().id()
                    .value();
            Actor coordinator = account(accounts, username(Caller.COORDINATOR)).asActor();
            this.coordinator = coordinator.accountId().value();
            Instant now = context.getBean("clock", Clock.class).instant();
            LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Amsterdam"));
            inside = objects(context, coordinator, IN_SCOPE, new Person("Roosmarijn Binnenveld",
                    "roosmarijn.binnenveld@voorbeeld.nl", "0612340901"), now, today);
            outside = objects(context, coordinator, OUT_OF_SCOPE, new Person("Ferdinand Buitenhof",
                    "ferdinand.buitenhof@voorbeeld.nl", "0612340902"), now, today);
            alert = context.getBean(ListAlertsUseCase.class).listAlerts(coordinator, PageRequest.first()).items().stream()
                    .findFirst().map(a -> a.alert().id().value()).orElse(null);
        }
        for (Caller caller : Caller.values()) {
            StaffSession session = new StaffSession(http);
            if (caller == Caller.ANONYMOUS) {
                session.get("/inloggen");
            } else {
                session.signIn(username(caller), PASSWORD);
                if (!session.signedIn()) {
                    throw new IllegalStateException(caller + " could not sign in: " + session.lastSignIn().status());
                }
                session.get("/account/wachtwoord");
            }
            sessions.put(caller, session);
        }
    }

    private static Objects objects(ApplicationContext context, Actor coordinator, String buurt, Person person,
            Instant now, LocalDate today) {
        KeyPerson registered = context.getBean(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(person.name(), person.email(), person.phone(), List.of(buurt),
                        List.of("ouders op het schoolplein"), List.of(THEME), List.of("nl"), null, null,
                        new LegalBasisInput("CONSENT", GIVEN, List.of("NETWORK_CONTACT", "SIGNALS", "POLLS", "INTERVENTIONS"),
                                "getekend formulier", null), null, null, null));
        KeyPerson keyPerson = context.getBean(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(registered.id().value(), "ACTIVE", "Kennismaking", registered.version()));
        UUID partner = context.getBean(RegisterPartnerUseCase.class).registerPartner(coordinator,
                new PartnerCommand(null, "Buurthuis " + buurt, "WELFARE", List.of(buurt), null, null, null, true, 0))
                .id().value();
        UUID tie = context.getBean(ConnectMembersUseCase.class).connect(coordinator, new TieCommand(null,
                "KEY_PERSON", keyPerson.id().value(), "PARTNER", partner, "KNOWS", 3, GIVEN, today, 0)).id().value();
        Signal reported = context.getBean(ReportSignalUseCase.class).reportSignal(coordinator,
                new ReportSignalCommand("KEY_PERSON", keyPerson.id().value(), null, "CONVERSATION", List.of(buurt),
                        List.of(THEME), 3, "Spanning tussen groepen ouders bij het hek van de school",
                        now.minus(Duration.ofDays(2)), null));
        Signal assessed = context.getBean(HandleSignalUseCase.class).handleSignal(coordinator,
                new HandleSignalCommand(reported.id().value(), "ASSESS", "HIGH", "Bevestigd door de school", null,
                        null, reported.version()));
        Intervention planned = context.getBean(PlanInterventionUseCase.class).planIntervention(coordinator,
                new PlanInterventionCommand("Gesprek bij het hek", "Ouders praten met elkaar", "DIALOGUE",
                        List.of(buurt), List.of(THEME), List.of(), null, "LEAD"));
        Intervention tasked = context.getBean(AddTaskUseCase.class).addTask(coordinator, new AddTaskCommand(
                planned.id().value(), "Zaal regelen", coordinator.accountId().value(), today.plusDays(5),
                planned.version()));
        Intervention joined = context.getBean(AddParticipantUseCase.class).addParticipant(coordinator,
                new ParticipantCommand(tasked.id().value(), "KEY_PERSON", keyPerson.id().value(),
                        "brengt ouders bij elkaar", tasked.version()));
        Intervention tagged = context.getBean(TagDynamicUseCase.class).tagDynamic(coordinator, new TagDynamicCommand(
                joined.id().value(), "BRIDGE_BUILDER", "Ouders die beide groepen kennen", today, null,
                joined.version()));
        UUID pollRound = context.getBean(OpenPollRoundUseCase.class).openPollRound(coordinator,
                new OpenPollRoundCommand(List.of(buurt), List.of(THEME), null, now.plus(Duration.ofDays(7)), null,
                        null)).id().value();
        return new Objects(buurt, person, keyPerson.id().value(), partner, tie, assessed.id().value(),
                assessed.trackingCode().value(), tagged.id().value(), tagged.tasks().get(0).id().value(),
                tagged.dynamics().get(0).id().value(), pollRound);
    }

    private static Account account(ListAccountsUseCase accounts, String username) {
        return accounts.listAccounts(Actor.system()).stream().filter(a -> a.username().value().equals(username))
                .findFirst().orElseThrow();
    }

    public static String username(Caller caller) {
        return "toegang." + caller.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public int port() {
        return port;
    }

    public Http http() {
        return http;
    }

    /** The API token of a role's account; null for nobody. */
    public String token(Caller caller) {
        return tokens.get(caller);
    }

    /** A browser session of a role's account (signed in, with a CSRF token), or of nobody (it saw the sign-in page). */
    public StaffSession session(Caller caller) {
        return sessions.get(caller);
    }

    /** The objects in the professional's buurt. */
    public Objects inside() {
        return inside;
    }

    /** The same kinds of objects outside the professional's buurten. */
    public Objects outside() {
        return outside;
    }

    /** What {@code @name@} stands for in a request body of {@link RouteRequests#BODIES}. */
    public Map<String, String> bodyValues(Objects o) {
        return Map.of("keyPerson", o.keyPerson().toString(), "partner", o.partner().toString(), "signal",
                o.signal().toString(), "buurt", o.buurt(), "nowhere", NOWHERE, "coordinator", coordinator.toString());
    }

    /**
     * True when the path names something that does not exist, for want of it in the data: an unknown personal poll
     * link, or an alert when no temperature rose. An allowed read of it answers 404.
     */
    public boolean namesNothing(String path) {
        return path.contains(UNKNOWN_POLL_TOKEN) || alert == null && path.contains(new UUID(0, 1).toString());
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /**
     * The path with every variable filled in with an existing object in the professional's buurt (or with
     * {@code objects}' ids): the segment before a variable says what it is. A route with a variable not known here
     * fails with what to add.
     */
    public String fill(String pattern, Objects objects) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String[] segments = before.split("/");
            String previous = segments.length == 0 ? "" : segments[segments.length - 1];
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(value(pattern, previous, name, objects)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** No key person's request has this id: marking it handled is refused after the access check (404). */
    private static final UUID UNKNOWN_REQUEST = new UUID(0, 7);

    private String value(String pattern, String previous, String name, Objects o) {
        String value = switch (previous + "/{" + name + "}") {
            case "sleutelpersonen/{id}", "uitnodigingen/{sleutelpersoon}", "uitnodigingen/{keyPerson}",
                    "deelnemers/{lid}" -> o.keyPerson().toString();
            case "verbindingen/{id}", "verbindingen/{tie}" -> o.tie().toString();
            case "partners/{id}" -> o.partner().toString();
            case "signalen/{id}" -> o.signal().toString();
            case "meldingen/{volgcode}" -> o.trackingCode();
            case "interventies/{id}" -> o.intervention().toString();
            case "taken/{taak}", "taken/{task}" -> o.task().toString();
            case "dynamiek/{dynamiek}", "dynamiek/{tag}" -> o.dynamic().toString();
            case "peilingen/{id}" -> o.pollRound().toString();
            case "peiling/{token}" -> UNKNOWN_POLL_TOKEN;
            case "temperatuur/{buurtcode}", "buurten/{code}" -> o.buurt();
            case "{buurtcode}/{thema}", "themas/{code}" -> THEME;
            case "wijken/{code}" -> IN_SCOPE_DISTRICT;
            case "waarschuwingen/{id}" -> (alert == null ? new UUID(0, 1) : alert).toString();
            case "gebruikers/{id}" -> spareAccount.toString();
            case "tokens/{tokenId}" -> spareToken.toString();
            case "verzoeken/{id}" -> UNKNOWN_REQUEST.toString();
            default -> null;
        };
        if (value == null) {
            throw new IllegalStateException("No value for {" + name + "} after '" + previous + "/' in " + pattern
                    + ": add a case for it in AccessFixture.value (an existing object, in the professional's buurt)");
        }
        return value;
    }
}
