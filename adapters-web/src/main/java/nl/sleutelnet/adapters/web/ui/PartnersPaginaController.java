package nl.sleutelnet.adapters.web.ui;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.sleutelnet.application.port.in.network.ChangePartnerUseCase;
import nl.sleutelnet.application.port.in.network.ListPartnersUseCase;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.network.ShowPartnerUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerKind;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The organisations and professionals of the network. */
@Controller
@RequestMapping("/partners")
public class PartnersPaginaController {

    private final ListPartnersUseCase list;
    private final ShowPartnerUseCase show;
    private final RegisterPartnerUseCase register;
    private final ChangePartnerUseCase change;
    private final Choices choices;
    private final MessageSource messages;

    public PartnersPaginaController(ListPartnersUseCase list, ShowPartnerUseCase show, RegisterPartnerUseCase register,
            ChangePartnerUseCase change, Choices choices, MessageSource messages) {
        this.list = list;
        this.show = show;
        this.register = register;
        this.change = change;
        this.choices = choices;
        this.messages = messages;
    }

    /** A partner as the form shows it. */
    public record PartnerForm(String name, String kind, List<String> neighbourhoods, String email, String phone,
            String notes, boolean active, long version) {

        public PartnerForm {
            neighbourhoods = neighbourhoods == null ? List.of() : neighbourhoods;
        }

        static PartnerForm of(Partner p) {
            return new PartnerForm(p.name(), p.kind().name(), p.neighbourhoods().stream().map(n -> n.value()).toList(),
                    p.contact().email(), p.contact().phone(), p.notes(), p.active(), p.version());
        }

        public boolean hasNeighbourhood(String code) {
            return neighbourhoods.contains(code);
        }

        PartnerCommand command(UUID id) {
            return new PartnerCommand(id, name, kind, neighbourhoods, email, phone, notes, id == null || active,
                    version);
        }
    }

    @GetMapping
    public String lijst(Actor actor, Model model) {
        return overview(actor, model, new PartnerForm("", "", List.of(), "", "", "", true, 0), FormErrors.none());
    }

    @PostMapping
    public String registreren(Actor actor, PartnerForm form, Model model, Locale locale) {
        try {
            Partner created = register.registerPartner(actor, form.command(null));
            return "redirect:/partners?geregistreerd=" + created.id();
        } catch (DomainException e) {
            return overview(actor, model, form, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    public String partner(Actor actor, @PathVariable UUID id, Model model) {
        Partner partner = show.showPartner(actor, id);
        return detail(actor, model, partner, PartnerForm.of(partner), FormErrors.none());
    }

    @PostMapping("/{id}")
    public String wijzigen(Actor actor, @PathVariable UUID id, PartnerForm form, Model model, Locale locale) {
        try {
            change.changePartner(actor, form.command(id));
            return "redirect:/partners/" + id + "?opgeslagen";
        } catch (DomainException e) {
            return detail(actor, model, show.showPartner(actor, id), form, FormErrors.of(e, messages, locale));
        }
    }

    private String overview(Actor actor, Model model, PartnerForm form, FormErrors errors) {
        model.addAttribute("partners", list.listPartners(actor));
        return common(actor, model, form, errors, "partners/lijst");
    }

    private String detail(Actor actor, Model model, Partner partner, PartnerForm form, FormErrors errors) {
        model.addAttribute("partner", partner);
        return common(actor, model, form, errors, "partners/partner");
    }

    private String common(Actor actor, Model model, PartnerForm form, FormErrors errors, String view) {
        model.addAttribute("form", form);
        model.addAttribute("fouten", errors);
        model.addAttribute("soorten", PartnerKind.values());
        choices.addTo(actor, model);
        return view;
    }
}
