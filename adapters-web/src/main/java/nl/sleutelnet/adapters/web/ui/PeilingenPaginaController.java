package nl.sleutelnet.adapters.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundCommand;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.ListPollRoundsUseCase;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.PollRoundQuery;
import nl.sleutelnet.application.port.in.poll.PollRoundReport;
import nl.sleutelnet.application.port.in.poll.ResendPollInvitationUseCase;
import nl.sleutelnet.application.port.in.poll.ShowPollRoundUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundStatus;
import nl.sleutelnet.domain.poll.Recurrence;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Poll rounds for staff: the list, the form to open a round, and a round with its response and answers. */
@Controller
@RequestMapping("/peilingen")
public class PeilingenPaginaController {

    private static final int PAGE_SIZE = 25;
    private static final int DEFAULT_DAYS = 14;
    private static final Set<String> CONFIRMATIONS = Set.of("geopend", "gepland", "gesloten", "verstuurd",
            "mislukt");

    private final ListPollRoundsUseCase list;
    private final ShowPollRoundUseCase show;
    private final OpenPollRoundUseCase open;
    private final ClosePollRoundUseCase close;
    private final ResendPollInvitationUseCase resend;
    private final Choices choices;
    private final MessageSource messages;
    private final Clock clock;

    public PeilingenPaginaController(ListPollRoundsUseCase list, ShowPollRoundUseCase show,
            OpenPollRoundUseCase open, ClosePollRoundUseCase close, ResendPollInvitationUseCase resend,
            Choices choices, MessageSource messages, Clock clock) {
        this.list = list;
        this.show = show;
        this.open = open;
        this.close = close;
        this.resend = resend;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    public String lijst(Actor actor, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int pagina, Model model, Locale locale) {
        PollRoundQuery query;
        try {
            query = new PollRoundQuery(status, Math.max(pagina, 0), PAGE_SIZE);
            model.addAttribute("fouten", FormErrors.none());
        } catch (DomainException e) {
            model.addAttribute("fouten", FormErrors.of(e, messages, locale));
            query = PollRoundQuery.all(0, PAGE_SIZE);
        }
        model.addAttribute("pagina", list.listPollRounds(actor, query));
        model.addAttribute("gekozenStatus", query.status());
        model.addAttribute("statussen", PollRoundStatus.values());
        choices.addTo(actor, model);
        return "peilingen/lijst";
    }

    @GetMapping("/nieuw")
    public String nieuw(Actor actor, Model model) {
        actor.require(Permission.MANAGE_POLLS);
        return form(actor, model, PollRoundForm.empty(today(), DEFAULT_DAYS), FormErrors.none());
    }

    @PostMapping
    public String openen(Actor actor, PollRoundForm form, Model model, Locale locale) {
        try {
            PollRound round = open.openPollRound(actor, form.command(UiModel.AMSTERDAM));
            return "redirect:/peilingen/" + round.id() + "?melding="
                    + (round.status() == PollRoundStatus.OPEN ? "geopend" : "gepland");
        } catch (DomainException e) {
            return form(actor, model, form, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    public String ronde(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String melding,
            Model model) {
        if (melding != null && CONFIRMATIONS.contains(melding)) {
            model.addAttribute("melding", melding);
        }
        return round(actor, model, show.showPollRound(actor, id), FormErrors.none());
    }

    @PostMapping("/{id}/sluiten")
    public String sluiten(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean endSeries, Model model, Locale locale) {
        try {
            close.closePollRound(actor, new ClosePollRoundCommand(id, endSeries, version));
            return "redirect:/peilingen/" + id + "?melding=gesloten";
        } catch (DomainException e) {
            return round(actor, model, show.showPollRound(actor, id), FormErrors.of(e, messages, locale));
        }
    }

    @PostMapping("/{id}/uitnodigingen/{keyPerson}")
    public String opnieuwVersturen(Actor actor, @PathVariable UUID id, @PathVariable UUID keyPerson, Model model,
            Locale locale) {
        try {
            PollRoundReport.InvitationLine line = resend.resendInvitation(actor, id, keyPerson);
            return "redirect:/peilingen/" + id + "?melding="
                    + (line.delivery() == nl.sleutelnet.domain.poll.Delivery.SENT ? "verstuurd" : "mislukt")
                    + "#uitnodigingen-kop";
        } catch (DomainException e) {
            return round(actor, model, show.showPollRound(actor, id), FormErrors.of(e, messages, locale));
        }
    }

    private String form(Actor actor, Model model, PollRoundForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("fouten", errors);
        model.addAttribute("herhalingen", Recurrence.values());
        choices.addTo(actor, model);
        return "peilingen/formulier";
    }

    private String round(Actor actor, Model model, PollRoundReport report, FormErrors errors) {
        model.addAttribute("verslag", report);
        model.addAttribute("ronde", report.round());
        model.addAttribute("fouten", errors);
        choices.addTo(actor, model);
        return "peilingen/ronde";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UiModel.AMSTERDAM);
    }
}
