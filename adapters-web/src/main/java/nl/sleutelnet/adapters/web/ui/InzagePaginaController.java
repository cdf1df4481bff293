package nl.sleutelnet.adapters.web.ui;

import java.util.Locale;
import java.util.UUID;
import nl.sleutelnet.application.port.in.selfservice.ExportKeyPersonDataUseCase;
import nl.sleutelnet.application.port.in.selfservice.HandleDataSubjectRequestUseCase;
import nl.sleutelnet.application.port.in.selfservice.ListDataSubjectRequestsUseCase;
import nl.sleutelnet.application.port.in.selfservice.SendPersonalLinkUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's side of the data subject's rights: the art. 15 overview of one key person (the same page the key
 * person sees), sending the personal "Mijn Sleutelnet" link, and the list of open requests from key persons.
 */
@Controller
@RequestMapping("/sleutelpersonen")
public class InzagePaginaController {

    private final ExportKeyPersonDataUseCase export;
    private final SendPersonalLinkUseCase sendLink;
    private final ListDataSubjectRequestsUseCase requests;
    private final HandleDataSubjectRequestUseCase handle;
    private final MessageSource messages;

    public InzagePaginaController(ExportKeyPersonDataUseCase export, SendPersonalLinkUseCase sendLink,
            ListDataSubjectRequestsUseCase requests, HandleDataSubjectRequestUseCase handle,
            MessageSource messages) {
        this.export = export;
        this.sendLink = sendLink;
        this.requests = requests;
        this.handle = handle;
        this.messages = messages;
    }

    @GetMapping("/{id}/inzage")
    public String inzage(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("inzage", export.exportKeyPersonData(actor, id));
        return "sleutelpersonen/inzage";
    }

    @PostMapping("/{id}/persoonlijke-link")
    public String persoonlijkeLink(Actor actor, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        try {
            sendLink.sendPersonalLink(actor, id);
            return "redirect:/sleutelpersonen/" + id + "?melding=link-verstuurd";
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return "redirect:/sleutelpersonen/" + id + "?melding=link-niet-verstuurd";
        }
    }

    @GetMapping("/verzoeken")
    public String verzoeken(Actor actor, Model model) {
        model.addAttribute("verzoeken", requests.listOpenRequests(actor));
        return "sleutelpersonen/verzoeken";
    }

    @PostMapping("/verzoeken/{id}/afgehandeld")
    public String afgehandeld(Actor actor, @PathVariable UUID id) {
        handle.markRequestHandled(actor, id);
        return "redirect:/sleutelpersonen/verzoeken?afgehandeld";
    }
}
