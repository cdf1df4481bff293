package nl.sleutelnet.adapters.web.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.InzageController;
import nl.sleutelnet.adapters.web.api.InzageDtos;
import nl.sleutelnet.application.port.in.selfservice.CorrectOwnDetailsCommand;
import nl.sleutelnet.application.port.in.selfservice.CorrectOwnDetailsUseCase;
import nl.sleutelnet.application.port.in.selfservice.ExportKeyPersonDataUseCase;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonCommand;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonUseCase;
import nl.sleutelnet.application.port.in.selfservice.LeaveNetworkUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenOwnPollUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.PersonalLinkSession;
import nl.sleutelnet.application.port.in.selfservice.RequestPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.SubmitCorrectionRequestUseCase;
import nl.sleutelnet.application.port.in.selfservice.WithdrawOwnConsentUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.HowObtained;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mijn Sleutelnet": a key person's self-service without an account. The personal link from the mail
 * ({@code /mijn-sleutelnet/<token>}) is checked and then kept in a cookie of its own ({@value #COOKIE}: HttpOnly,
 * SameSite=Lax, Secure over HTTPS, only for {@code /mijn-sleutelnet}, ending with the link), and the browser is sent
 * on to {@code /mijn-sleutelnet}, so the token leaves the address bar and no other URL carries anything personal.
 * This is not a staff session: every request opens the link again through the core, so an expired link, a key
 * person who left or was erased, is noticed at once. All pages work without JavaScript.
 */
@Controller
@RequestMapping(MijnSleutelnetController.BASE)
public class MijnSleutelnetController {

    public static final String BASE = "/mijn-sleutelnet";
    /** The cookie holding the personal link's token. */
    public static final String COOKIE = "SLEUTELNET_MIJN";

    private final OpenPersonalLinkUseCase open;
    private final RequestPersonalLinkUseCase requestLink;
    private final ExportKeyPersonDataUseCase export;
    private final CorrectOwnDetailsUseCase correct;
    private final SubmitCorrectionRequestUseCase submit;
    private final WithdrawOwnConsentUseCase withdraw;
    private final LeaveNetworkUseCase leave;
    private final EraseKeyPersonUseCase erase;
    private final OpenOwnPollUseCase openPoll;
    private final ReportSignalUseCase report;
    private final ListThemesUseCase themes;
    private final Screening screening;
    private final MessageSource messages;
    private final Clock clock;

    public MijnSleutelnetController(OpenPersonalLinkUseCase open, RequestPersonalLinkUseCase requestLink,
            ExportKeyPersonDataUseCase export, CorrectOwnDetailsUseCase correct, SubmitCorrectionRequestUseCase submit,
            WithdrawOwnConsentUseCase withdraw, LeaveNetworkUseCase leave, EraseKeyPersonUseCase erase,
            OpenOwnPollUseCase openPoll, ReportSignalUseCase report, ListThemesUseCase themes, Screening screening,
            MessageSource messages, Clock clock) {
        this.open = open;
        this.requestLink = requestLink;
        this.export = export;
        this.correct = correct;
        this.submit = submit;
        this.withdraw = withdraw;
        this.leave = leave;
        this.erase = erase;
        this.openPoll = openPoll;
        this.report = report;
        this.themes = themes;
        this.screening = screening;
        this.messages = messages;
        this.clock = clock;
    }

    /** The link from the mail: checked, kept in the cookie, and the address bar cleaned. */
    @GetMapping("/{token:[A-Za-z0-9_-]{43}}")
    public String link(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        PersonalLinkSession session = open.openPersonalLink(token);
        if (session.state() != PersonalLinkSession.State.VALID) {
            return state(session.state(), model, response);
        }
        Duration left = Duration.between(clock.instant(), session.expiresAt().orElseThrow());
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, token).httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").path(BASE).maxAge(left).build().toString());
        return "redirect:" + BASE;
    }

    @GetMapping
    public String start(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(required = false) String melding) {
        Optional<String> token = token(request);
        if (token.isEmpty()) {
            return "mijn/aanvragen";
        }
        PersonalLinkSession session = open.openPersonalLink(token.get());
        if (session.state() != PersonalLinkSession.State.VALID) {
            return state(session.state(), model, response);
        }
        return page(session, model, melding, FormErrors.none(), null, null);
    }

    /** A form the security refused (its CSRF cookie was missing or stale): open the link again. */
    @RequestMapping("/formulier-verlopen")
    public String formulierVerlopen(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("toestand", "FORM_EXPIRED");
        return "mijn/toestand";
    }

    @GetMapping("/link-aanvragen")
    public String aanvragen() {
        return "mijn/aanvragen";
    }

    /** Always the same answer, whether the address is known or not. */
    @PostMapping("/link-aanvragen")
    public String aangevraagd(@RequestParam(defaultValue = "") String email, Model model) {
        requestLink.requestPersonalLink(email);
        model.addAttribute("aangevraagd", true);
        return "mijn/aanvragen";
    }

    @PostMapping("/gegevens")
    public String gegevens(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "0") long version) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return expired(model, response);
        }
        Actor actor = session.actor().orElseThrow();
        try {
            correct.correctOwnDetails(actor, new CorrectOwnDetailsCommand(actor.keyPerson().value(), displayName,
                    email, phone, version));
            return "redirect:" + BASE + "?melding=gegevens";
        } catch (DomainException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(session, model, null, FormErrors.of(e, messages, locale),
                    new Typed(displayName, email, phone), null);
        }
    }

    @PostMapping("/verzoek")
    public String verzoek(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            @RequestParam(defaultValue = "") String verzoek) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return expired(model, response);
        }
        try {
            submit.submitCorrectionRequest(session.actor().orElseThrow(), keyPerson(session), verzoek);
            return "redirect:" + BASE + "?melding=verzoek";
        } catch (DomainException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("verzoekFouten", FormErrors.of(e, messages, locale));
            return page(session, model, null, FormErrors.none(), null, verzoek);
        }
    }

    @PostMapping("/toestemming-intrekken")
    public String intrekken(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return expired(model, response);
        }
        try {
            withdraw.withdrawOwnConsent(session.actor().orElseThrow(), keyPerson(session));
            return "redirect:" + BASE + "?melding=ingetrokken";
        } catch (DomainException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(session, model, null, FormErrors.of(e, messages, locale), null, null);
        }
    }

    @GetMapping("/stoppen")
    public String stoppenVragen(HttpServletRequest request, HttpServletResponse response, Model model) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return expired(model, response);
        }
        return "mijn/stoppen";
    }

    @PostMapping("/stoppen")
    public String stoppen(HttpServletRequest request, HttpServletResponse response, Model model) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return expired(model, response);
        }
        Actor actor = session.actor().orElseThrow();
        try {
            // Leaving is being forgotten: erased at once, the figures kept (see docs/privacy.md).
            erase.eraseKeyPerson(actor, EraseKeyPersonCommand.ownRequest(keyPerson(session)));
            forgetCookie(request, response);
            model.addAttribute("toestand", PersonalLinkSession.State.GONE.name());
            return "mijn/toestand";
        } catch (DomainException e) {
            // Not erased now (e.g. a change at the same moment): the person leaves at once and the erasure request
            // waits for the coordinator among the open requests.
            leave.leaveNetwork(actor, keyPerson(session));
        }
        return "redirect:" + BASE + "?melding=gestopt";
    }

    @GetMapping("/melden")
    public String meldenFormulier(HttpServletRequest request, HttpServletResponse response, Model model) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return expired(model, response);
        }
        return signalForm(session, model, new SignalTyped(List.of(), List.of(), null, "OWN_OBSERVATION", ""),
                FormErrors.none(), List.of());
    }

    @PostMapping("/melden")
    public String melden(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            @RequestParam(required = false) List<String> neighbourhoods,
            @RequestParam(required = false) List<String> themes, @RequestParam(required = false) String intensity,
            @RequestParam(defaultValue = "") String howObtained, @RequestParam(defaultValue = "") String description) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return expired(model, response);
        }
        SignalTyped typed = new SignalTyped(neighbourhoods == null ? List.of() : neighbourhoods,
                themes == null ? List.of() : themes, intensity, howObtained, description);
        try {
            Integer level = intensity == null || intensity.isBlank() ? null : Integer.valueOf(intensity.strip());
            report.reportSignal(session.actor().orElseThrow(), new ReportSignalCommand("KEY_PERSON",
                    keyPerson(session), null, howObtained, typed.neighbourhoods(), typed.themes(), level, description,
                    null, null));
            return "redirect:" + BASE + "?melding=gemeld";
        } catch (NumberFormatException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return signalForm(session, model, typed, FormErrors.of(DomainException.invalid("signal.intensity",
                    "Choose an intensity from 1 to 5."), messages, locale), List.of());
        } catch (DomainException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return signalForm(session, model, typed, FormErrors.of(e, messages, locale),
                    screening.findings(description, locale));
        }
    }

    /** To the key person's open poll: a fresh poll link, straight to its questions. */
    @PostMapping("/peiling/{roundId}")
    public String peiling(@PathVariable UUID roundId, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return expired(model, response);
        }
        try {
            return "redirect:/peiling/" + openPoll.openOwnPoll(session.actor().orElseThrow(), keyPerson(session),
                    roundId).secret();
        } catch (DomainException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(session, model, null, FormErrors.of(e, messages, locale), null, null);
        }
    }

    @GetMapping("/inzage.json")
    public ResponseEntity<InzageDtos.InzageDto> json(HttpServletRequest request) {
        PersonalLinkSession session = sessionOrNull(request);
        if (session == null) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        }
        return InzageController.download(InzageDtos.toDto(export.exportKeyPersonData(session.actor().orElseThrow(),
                keyPerson(session))));
    }

    /** Ends the self-service session in this browser (the link in the mail keeps working until it expires). */
    @PostMapping("/afmelden")
    public String afmelden(HttpServletRequest request, HttpServletResponse response) {
        forgetCookie(request, response);
        return "redirect:" + BASE + "/link-aanvragen?afgemeld";
    }

    private static void forgetCookie(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, "").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").path(BASE).maxAge(0).build().toString());
    }

    /** What the key person typed in the contact form, kept when it is refused. */
    public record Typed(String displayName, String email, String phone) {
    }

    /** What the key person typed in the signal form. */
    public record SignalTyped(List<String> neighbourhoods, List<String> themes, String intensity, String howObtained,
            String description) {
    }

    private String page(PersonalLinkSession session, Model model, String melding, FormErrors errors, Typed typed,
            String verzoek) {
        KeyPersonDataExport data = export.exportKeyPersonData(session.actor().orElseThrow(), keyPerson(session));
        model.addAttribute("inzage", data);
        model.addAttribute("magWijzigen", session.mayChange());
        model.addAttribute("geldigTot", session.expiresAt().orElseThrow());
        model.addAttribute("melding", melding == null ? null : melding.replaceAll("[^a-z]", ""));
        model.addAttribute("fouten", errors);
        model.addAttribute("invoer", typed != null ? typed : new Typed(data.record().displayName(),
                data.record().email(), data.record().phone()));
        model.addAttribute("verzoek", verzoek == null ? "" : verzoek);
        if (!model.containsAttribute("verzoekFouten")) {
            model.addAttribute("verzoekFouten", FormErrors.none());
        }
        boolean consent = data.record().legalBasis() != null && "CONSENT".equals(data.record().legalBasis().ground())
                && data.record().legalBasis().withdrawnOn() == null;
        model.addAttribute("toestemming", consent);
        return "mijn/start";
    }

    private String signalForm(PersonalLinkSession session, Model model, SignalTyped typed, FormErrors errors,
            List<String> found) {
        if (!session.mayChange()) {
            model.addAttribute("fouten", FormErrors.of(DomainException.conflict("self-service.departed",
                    "You have left."), messages, Locale.forLanguageTag("nl")));
        }
        KeyPersonDataExport data = export.exportKeyPersonData(session.actor().orElseThrow(), keyPerson(session));
        model.addAttribute("buurten", data.record().neighbourhoods());
        model.addAttribute("themas", themes.listThemes(session.actor().orElseThrow(), false));
        model.addAttribute("manieren", Arrays.stream(HowObtained.values()).map(Enum::name).toList());
        model.addAttribute("invoer", typed);
        if (!model.containsAttribute("fouten")) {
            model.addAttribute("fouten", errors);
        }
        model.addAttribute("gevonden", found);
        return "mijn/melden";
    }

    private String state(PersonalLinkSession.State state, Model model, HttpServletResponse response) {
        response.setStatus(state == PersonalLinkSession.State.UNKNOWN ? HttpStatus.NOT_FOUND.value()
                : HttpStatus.GONE.value());
        model.addAttribute("toestand", state.name());
        return "mijn/toestand";
    }

    private String expired(Model model, HttpServletResponse response) {
        return state(PersonalLinkSession.State.EXPIRED, model, response);
    }

    private PersonalLinkSession sessionOrNull(HttpServletRequest request) {
        return token(request).map(open::openPersonalLink)
                .filter(s -> s.state() == PersonalLinkSession.State.VALID).orElse(null);
    }

    private static UUID keyPerson(PersonalLinkSession session) {
        return session.actor().orElseThrow().keyPerson().value();
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(v -> !v.isBlank()).findFirst();
    }
}
