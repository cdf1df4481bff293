package nl.sleutelnet.adapters.web.ui;

import java.util.Locale;
import nl.sleutelnet.application.port.in.theme.AddThemeCommand;
import nl.sleutelnet.application.port.in.theme.AddThemeUseCase;
import nl.sleutelnet.application.port.in.theme.ChangeThemeCommand;
import nl.sleutelnet.application.port.in.theme.ChangeThemeUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The themes, for the administrator: add, rename, reorder, retire. */
@Controller
@RequestMapping("/beheer/themas")
public class BeheerThemasController {

    private final ListThemesUseCase list;
    private final AddThemeUseCase add;
    private final ChangeThemeUseCase change;
    private final MessageSource messages;

    public BeheerThemasController(ListThemesUseCase list, AddThemeUseCase add, ChangeThemeUseCase change,
            MessageSource messages) {
        this.list = list;
        this.add = add;
        this.change = change;
        this.messages = messages;
    }

    @GetMapping
    public String overzicht(Actor actor, Model model) {
        actor.require(Permission.MANAGE_REFERENCE_DATA);
        return page(actor, model, new NewTheme("", "", ""), FormErrors.none(), null, FormErrors.none());
    }

    /** A theme's row after a refused change: what the user typed, shown again. */
    public record Draft(String code, String name, String description, Integer position, boolean active) {
    }

    @PostMapping
    public String toevoegen(Actor actor, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
            Model model, Locale locale) {
        try {
            add.addTheme(actor, new AddThemeCommand(code, name, description));
            return "redirect:/beheer/themas?toegevoegd";
        } catch (DomainException e) {
            return page(actor, model, new NewTheme(code, name, description), FormErrors.of(e, messages, locale), null,
                    FormErrors.none());
        }
    }

    @PostMapping("/{code}")
    public String wijzigen(Actor actor, @PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, @RequestParam(required = false) Integer position,
            @RequestParam(defaultValue = "false") boolean active, @RequestParam long version, Model model,
            Locale locale) {
        try {
            change.changeTheme(actor, new ChangeThemeCommand(code, name, description, position, active, version));
            return "redirect:/beheer/themas?opgeslagen";
        } catch (DomainException e) {
            model.addAttribute("concept", new Draft(code, name, description, position, active));
            return page(actor, model, new NewTheme("", "", ""), FormErrors.none(), code,
                    FormErrors.of(e, messages, locale));
        }
    }

    private String page(Actor actor, Model model, NewTheme form, FormErrors errors, String failedCode,
            FormErrors changeErrors) {
        model.addAttribute("themas", list.listThemes(actor, true));
        model.addAttribute("nieuw", form);
        model.addAttribute("fouten", errors);
        model.addAttribute("mislukt", failedCode);
        model.addAttribute("wijzigFouten", changeErrors);
        return "beheer/themas";
    }

    public record NewTheme(String code, String name, String description) {
    }
}
