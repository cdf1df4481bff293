package nl.sleutelnet.adapters.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.application.port.in.account.ListColleaguesUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ChangeTieUseCase;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.KeyPersonQuery;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.ListTiesUseCase;
import nl.sleutelnet.application.port.in.network.RecordContactUseCase;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.RemoveTieUseCase;
import nl.sleutelnet.application.port.in.network.SearchKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ShowKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.in.network.WithdrawConsentUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.LegalGround;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.ProcessingPurpose;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieKind;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Key persons for staff: the list, the profile with its history and ties, and the forms. */
@Controller
@RequestMapping("/sleutelpersonen")
public class SleutelpersonenPaginaController {

    private final SearchKeyPersonsUseCase search;
    private final ShowKeyPersonUseCase show;
    private final RegisterKeyPersonUseCase register;
    private final ChangeKeyPersonUseCase change;
    private final RecordLegalBasisUseCase recordBasis;
    private final ChangeKeyPersonStatusUseCase changeStatus;
    private final WithdrawConsentUseCase withdraw;
    private final RecordContactUseCase recordContact;
    private final ListTiesUseCase ties;
    private final ConnectMembersUseCase connect;
    private final RemoveTieUseCase removeTie;
    private final ChangeTieUseCase changeTie;
    private final NetworkMembers members;
    private final ListColleaguesUseCase colleagues;
    private final Choices choices;
    private final MessageSource messages;
    private final Clock clock;

    public SleutelpersonenPaginaController(SearchKeyPersonsUseCase search, ShowKeyPersonUseCase show,
            RegisterKeyPersonUseCase register, ChangeKeyPersonUseCase change, RecordLegalBasisUseCase recordBasis,
            ChangeKeyPersonStatusUseCase changeStatus, WithdrawConsentUseCase withdraw,
            RecordContactUseCase recordContact, ListTiesUseCase ties, ConnectMembersUseCase connect,
            RemoveTieUseCase removeTie, ChangeTieUseCase changeTie, NetworkMembers members,
            ListColleaguesUseCase colleagues, Choices choices, MessageSource messages, Clock clock) {
        this.search = search;
        this.show = show;
        this.register = register;
        this.change = change;
        this.recordBasis = recordBasis;
        this.changeStatus = changeStatus;
        this.withdraw = withdraw;
        this.recordContact = recordContact;
        this.ties = ties;
        this.connect = connect;
        this.removeTie = removeTie;
        this.changeTie = changeTie;
        this.members = members;
        this.colleagues = colleagues;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    public String lijst(Actor actor, @RequestParam(required = false) String buurt,
            @RequestParam(required = false) String thema, @RequestParam(required = false) String status,
            @RequestParam(required = false) String zoek, @RequestParam(defaultValue = "0") int pagina,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        KeyPersonQuery query;
        try {
            query = new KeyPersonQuery(buurt, thema, status, zoek, Math.max(pagina, 0), 25);
            model.addAttribute("fouten", FormErrors.none());
        } catch (DomainException e) {
            model.addAttribute("fouten", FormErrors.of(e, messages, locale));
            query = KeyPersonQuery.all(0, 25);
        }
        Page<KeyPerson> page = search.searchKeyPersons(actor, query);
        model.addAttribute("pagina", page);
        model.addAttribute("filter", query);
        model.addAttribute("statussen", KeyPersonStatus.values());
        choices.addTo(actor, model);
        return htmx != null ? "sleutelpersonen/lijst :: resultaten" : "sleutelpersonen/lijst";
    }

    @GetMapping("/nieuw")
    public String nieuw(Actor actor, Model model) {
        actor.require(Permission.MANAGE_NETWORK);
        return form(actor, model, null, KeyPersonForm.empty(), FormErrors.none());
    }

    @PostMapping
    public String registreren(Actor actor, KeyPersonForm form, Model model, Locale locale) {
        try {
            String[] nominator = form.nominator();
            KeyPerson created = register.registerKeyPerson(actor, new RegisterKeyPersonCommand(form.displayName(),
                    form.email(), form.phone(), form.neighbourhoods(), form.reachLines(), form.themes(),
                    form.languageCodes(), contactPerson(form), form.notes(), null,
                    nominator.length == 2 ? nominator[0] : null,
                    nominator.length == 2 ? UUID.fromString(nominator[1]) : null, form.nominationMotivation()));
            return "redirect:/sleutelpersonen/" + created.id() + "?melding=geregistreerd";
        } catch (DomainException e) {
            return form(actor, model, null, form, FormErrors.of(e, messages, locale));
        }
    }

    /** The confirmations a profile can show after a change, by the {@code melding} parameter of the redirect. */
    private static final java.util.Set<String> CONFIRMATIONS = java.util.Set.of("geregistreerd", "opgeslagen",
            "grondslag", "status", "ingetrokken", "contact", "verbonden", "ontkoppeld", "verbindingContact",
            "link-verstuurd", "link-niet-verstuurd");

    @GetMapping("/{id}")
    public String profiel(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String melding,
            Model model) {
        if (melding != null && CONFIRMATIONS.contains(melding)) {
            model.addAttribute("melding", melding);
        }
        return profile(actor, model, show.showKeyPerson(actor, id), Map.of());
    }

    @GetMapping("/{id}/bewerken")
    public String bewerken(Actor actor, @PathVariable UUID id, Model model) {
        actor.require(Permission.MANAGE_NETWORK);
        KeyPerson person = show.showKeyPerson(actor, id);
        return form(actor, model, person, KeyPersonForm.of(person), FormErrors.none());
    }

    @PostMapping("/{id}")
    public String wijzigen(Actor actor, @PathVariable UUID id, KeyPersonForm form, Model model, Locale locale) {
        try {
            change.changeKeyPerson(actor, new ChangeKeyPersonCommand(id, form.displayName(), form.email(),
                    form.phone(), form.neighbourhoods(), form.reachLines(), form.themes(), form.languageCodes(),
                    contactPerson(form), form.notes(), form.version()));
            return "redirect:/sleutelpersonen/" + id + "?melding=opgeslagen";
        } catch (DomainException e) {
            return form(actor, model, show.showKeyPerson(actor, id), form, FormErrors.of(e, messages, locale));
        }
    }

    @PostMapping("/{id}/grondslag")
    public String grondslag(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "CONSENT") String ground,
            @RequestParam(required = false) LocalDate recordedOn,
            @RequestParam(name = "purposes", required = false) List<String> purposes,
            @RequestParam(defaultValue = "") String howGiven, @RequestParam(defaultValue = "") String reference,
            @RequestParam long version, Model model, Locale locale) {
        try {
            recordBasis.recordLegalBasis(actor, id, new LegalBasisInput(ground, recordedOn, purposes, howGiven,
                    reference), version);
            return "redirect:/sleutelpersonen/" + id + "?melding=grondslag#grondslag-kop";
        } catch (DomainException e) {
            model.addAttribute("grondslagInvoer", Map.of("ground", ground, "recordedOn",
                    recordedOn == null ? "" : recordedOn.toString(), "howGiven", howGiven, "reference", reference,
                    "purposes", purposes == null ? List.of() : purposes));
            return profile(actor, model, show.showKeyPerson(actor, id),
                    Map.of("grondslagFouten", FormErrors.of(e, messages, locale)));
        }
    }

    @PostMapping("/{id}/status")
    public String status(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason, @RequestParam long version, Model model, Locale locale) {
        try {
            changeStatus.changeStatus(actor, new ChangeStatusCommand(id, status, reason, version));
            return "redirect:/sleutelpersonen/" + id + "?melding=status#status-kop";
        } catch (DomainException e) {
            model.addAttribute("statusReden", reason);
            return profile(actor, model, show.showKeyPerson(actor, id),
                    Map.of("statusFouten", FormErrors.of(e, messages, locale)));
        }
    }

    @PostMapping("/{id}/toestemming-intrekken")
    public String toestemmingIntrekken(Actor actor, @PathVariable UUID id) {
        withdraw.withdrawConsent(actor, id, today());
        return "redirect:/sleutelpersonen/" + id + "?melding=ingetrokken";
    }

    @PostMapping("/{id}/contact")
    public String contact(Actor actor, @PathVariable UUID id, @RequestParam(required = false) LocalDate on) {
        recordContact.recordContact(actor, id, on == null ? today() : on);
        return "redirect:/sleutelpersonen/" + id + "?melding=contact";
    }

    @PostMapping("/{id}/verbindingen")
    public String verbinden(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "KNOWS") String kind, @RequestParam(required = false) Integer strength,
            Model model, Locale locale) {
        try {
            String[] other = member.split(":", 2);
            if (other.length != 2) {
                throw nl.sleutelnet.application.port.in.InvalidCommandException.of("member", "validation.NotBlank",
                        "Choose the member to connect with.");
            }
            connect.connect(actor, new TieCommand(null, "KEY_PERSON", id, other[0], UUID.fromString(other[1]), kind,
                    strength, today(), today(), 0));
            return "redirect:/sleutelpersonen/" + id + "?melding=verbonden#verbindingen-kop";
        } catch (DomainException e) {
            return profile(actor, model, show.showKeyPerson(actor, id),
                    Map.of("verbindingFouten", FormErrors.of(e, messages, locale)));
        }
    }

    /** Records contact within a tie today, so it keeps counting in the analysis. */
    @PostMapping("/{id}/verbindingen/{tie}/contact")
    public String verbindingContact(Actor actor, @PathVariable UUID id, @PathVariable UUID tie,
            @RequestParam long version) {
        KeyPerson person = show.showKeyPerson(actor, id);
        Tie current = ties.listTies(actor, person.asMember()).stream().filter(t -> t.id().value().equals(tie))
                .findFirst().orElseThrow(() -> DomainException.notFound("tie.not-found",
                        "There is no tie %s of this key person.", tie));
        changeTie.changeTie(actor, new TieCommand(tie, current.a().kind().name(), current.a().id(),
                current.b().kind().name(), current.b().id(), current.kind().name(), current.strength(),
                current.since(), today(), version));
        return "redirect:/sleutelpersonen/" + id + "?melding=verbindingContact#verbindingen-kop";
    }

    @PostMapping("/{id}/verbindingen/{tie}/verwijderen")
    public String ontkoppelen(Actor actor, @PathVariable UUID id, @PathVariable UUID tie,
            @RequestParam long version) {
        removeTie.removeTie(actor, tie, version);
        return "redirect:/sleutelpersonen/" + id + "?melding=ontkoppeld#verbindingen-kop";
    }

    private String form(Actor actor, Model model, KeyPerson person, KeyPersonForm form, FormErrors errors) {
        model.addAttribute("persoon", person);
        model.addAttribute("form", form);
        model.addAttribute("fouten", errors);
        model.addAttribute("collegas", colleagues.listColleagues(actor));
        if (person == null) {
            model.addAttribute("voordragers", members.choices(actor));
        }
        choices.addTo(actor, model);
        return "sleutelpersonen/formulier";
    }

    private String profile(Actor actor, Model model, KeyPerson person, Map<String, FormErrors> errors) {
        model.addAttribute("persoon", person);
        model.addAttribute("volgende", person.status().next());
        model.addAttribute("gronden", LegalGround.values());
        model.addAttribute("doelen", ProcessingPurpose.values());
        model.addAttribute("soortenVerbinding", TieKind.values());
        for (String name : List.of("grondslagFouten", "statusFouten", "verbindingFouten")) {
            model.addAttribute(name, errors.getOrDefault(name, FormErrors.none()));
        }
        if (!model.containsAttribute("grondslagInvoer")) {
            model.addAttribute("grondslagInvoer", Map.of("ground", "CONSENT", "recordedOn", today().toString(),
                    "howGiven", "", "reference", "", "purposes", List.of()));
        }
        Map<MemberRef, String> names = members.names(actor);
        model.addAttribute("ledenNamen", names);
        if (actor.may(Permission.ANALYSE_NETWORK)) {
            model.addAttribute("verbindingen", ties.listTies(actor, person.asMember()));
            List<Map.Entry<String, String>> options = new ArrayList<>();
            names.forEach((ref, name) -> {
                if (!ref.equals(person.asMember())) {
                    options.add(Map.entry(ref.kind() + ":" + ref.id(), name));
                }
            });
            model.addAttribute("ledenKeuze", options);
        } else {
            model.addAttribute("verbindingen", List.of());
            model.addAttribute("ledenKeuze", List.of());
        }
        model.addAttribute("contactpersoon", person.profile().contactPerson() == null ? null
                : actor.may(Permission.MANAGE_NETWORK) ? colleagues.listColleagues(actor).stream()
                        .filter(c -> c.id().equals(person.profile().contactPerson())).map(c -> c.displayName())
                        .findFirst().orElse(null) : null);
        choices.addTo(actor, model);
        return "sleutelpersonen/profiel";
    }

    private UUID contactPerson(KeyPersonForm form) {
        try {
            return form.contactPersonId();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UiModel.AMSTERDAM);
    }
}
