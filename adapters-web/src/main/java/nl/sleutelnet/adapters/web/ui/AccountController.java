package nl.sleutelnet.adapters.web.ui;

import java.util.Locale;
import nl.sleutelnet.application.port.in.account.ChangeOwnPasswordCommand;
import nl.sleutelnet.application.port.in.account.ChangeOwnPasswordUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every signed-in user's own password. */
@Controller
public class AccountController {

    private final ChangeOwnPasswordUseCase changePassword;
    private final MessageSource messages;

    public AccountController(ChangeOwnPasswordUseCase changePassword, MessageSource messages) {
        this.changePassword = changePassword;
        this.messages = messages;
    }

    @GetMapping("/account/wachtwoord")
    public String form(Model model) {
        model.addAttribute("fouten", FormErrors.none());
        return "account/wachtwoord";
    }

    @PostMapping("/account/wachtwoord")
    public String change(Actor actor, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, Model model, Locale locale) {
        try {
            changePassword.changeOwnPassword(actor, new ChangeOwnPasswordCommand(currentPassword, newPassword));
            return "redirect:/account/wachtwoord?gewijzigd";
        } catch (DomainException e) {
            model.addAttribute("fouten", FormErrors.of(e, messages, locale));
            return "account/wachtwoord";
        }
    }
}
