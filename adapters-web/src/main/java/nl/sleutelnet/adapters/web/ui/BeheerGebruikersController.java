package nl.sleutelnet.adapters.web.ui;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.sleutelnet.application.port.in.account.ChangeAccountCommand;
import nl.sleutelnet.application.port.in.account.ChangeAccountUseCase;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.account.IssueApiTokenCommand;
import nl.sleutelnet.application.port.in.account.IssueApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.IssuedApiToken;
import nl.sleutelnet.application.port.in.account.ListAccountsUseCase;
import nl.sleutelnet.application.port.in.account.ListApiTokensUseCase;
import nl.sleutelnet.application.port.in.account.RevokeApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.SetPasswordCommand;
import nl.sleutelnet.application.port.in.account.SetPasswordUseCase;
import nl.sleutelnet.application.port.in.account.ShowAccountUseCase;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiTokenId;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts and API tokens, for the administrator. A refused form comes back with the input kept. */
@Controller
@RequestMapping("/beheer/gebruikers")
public class BeheerGebruikersController {

    private final CreateAccountUseCase create;
    private final ListAccountsUseCase list;
    private final ShowAccountUseCase show;
    private final ChangeAccountUseCase change;
    private final SetPasswordUseCase setPassword;
    private final IssueApiTokenUseCase issueToken;
    private final ListApiTokensUseCase listTokens;
    private final RevokeApiTokenUseCase revokeToken;
    private final ListDistrictsUseCase districts;
    private final MessageSource messages;

    public BeheerGebruikersController(CreateAccountUseCase create, ListAccountsUseCase list, ShowAccountUseCase show,
            ChangeAccountUseCase change, SetPasswordUseCase setPassword, IssueApiTokenUseCase issueToken,
            ListApiTokensUseCase listTokens, RevokeApiTokenUseCase revokeToken, ListDistrictsUseCase districts,
            MessageSource messages) {
        this.create = create;
        this.list = list;
        this.show = show;
        this.change = change;
        this.setPassword = setPassword;
        this.issueToken = issueToken;
        this.listTokens = listTokens;
        this.revokeToken = revokeToken;
        this.districts = districts;
        this.messages = messages;
    }

    @GetMapping
    public String overzicht(Actor actor, Model model) {
        return overview(actor, model, new AccountForm("", "", List.of(), List.of(), "", true, 0), FormErrors.none());
    }

    @PostMapping
    public String aanmaken(Actor actor, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(name = "roles", required = false) List<String> roles,
            @RequestParam(name = "neighbourhoods", required = false) List<String> neighbourhoods,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            Model model, Locale locale) {
        AccountForm form = new AccountForm(username, displayName, orEmpty(roles), orEmpty(neighbourhoods), email,
                true, 0);
        try {
            Account created = create.createAccount(actor, new CreateAccountCommand(username, displayName,
                    orEmpty(roles), orEmpty(neighbourhoods), password, email));
            return "redirect:/beheer/gebruikers/" + created.id() + "?aangemaakt";
        } catch (DomainException e) {
            return overview(actor, model, form, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    public String gebruiker(Actor actor, @PathVariable UUID id, Model model) {
        Account account = show.showAccount(actor, new AccountId(id));
        return detail(actor, model, account, AccountForm.of(account), FormErrors.none(), FormErrors.none(), null);
    }

    @PostMapping("/{id}")
    public String wijzigen(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(name = "roles", required = false) List<String> roles,
            @RequestParam(name = "neighbourhoods", required = false) List<String> neighbourhoods,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam long version, Model model, Locale locale) {
        AccountForm form = new AccountForm("", displayName, orEmpty(roles), orEmpty(neighbourhoods), email, enabled,
                version);
        try {
            change.changeAccount(actor, new ChangeAccountCommand(id, displayName, orEmpty(roles),
                    orEmpty(neighbourhoods), email, enabled, version));
            return "redirect:/beheer/gebruikers/" + id + "?opgeslagen";
        } catch (DomainException e) {
            Account current = show.showAccount(actor, new AccountId(id));
            return detail(actor, model, current, form, FormErrors.of(e, messages, locale), FormErrors.none(), null);
        }
    }

    @PostMapping("/{id}/wachtwoord")
    public String wachtwoord(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String newPassword,
            Model model, Locale locale) {
        Account account = show.showAccount(actor, new AccountId(id));
        try {
            setPassword.setPassword(actor, new SetPasswordCommand(id, newPassword));
            return "redirect:/beheer/gebruikers/" + id + "?wachtwoord";
        } catch (DomainException e) {
            return detail(actor, model, account, AccountForm.of(account), FormErrors.none(),
                    FormErrors.of(e, messages, locale), null);
        }
    }

    @PostMapping("/{id}/tokens")
    public String tokenUitgeven(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            Model model, Locale locale, RedirectAttributes redirect) {
        Account account = show.showAccount(actor, new AccountId(id));
        try {
            IssuedApiToken issued = issueToken.issueApiToken(actor, new IssueApiTokenCommand(id, name));
            // Post/redirect/get: reloading the page must not issue a second token. The secret travels once,
            // in the session's flash map (in the session table until the page is shown), never in a URL.
            redirect.addFlashAttribute("nieuwToken", issued.secret().reveal());
            return "redirect:/beheer/gebruikers/" + id + "#tokens-kop";
        } catch (DomainException e) {
            model.addAttribute("tokenFouten", FormErrors.of(e, messages, locale));
            model.addAttribute("tokenNaam", name);
            return detail(actor, model, account, AccountForm.of(account), FormErrors.none(), FormErrors.none(), null);
        }
    }

    @PostMapping("/{id}/tokens/{tokenId}/intrekken")
    public String tokenIntrekken(Actor actor, @PathVariable UUID id, @PathVariable UUID tokenId) {
        revokeToken.revokeApiToken(actor, new AccountId(id), new ApiTokenId(tokenId));
        return "redirect:/beheer/gebruikers/" + id + "?ingetrokken";
    }

    private String overview(Actor actor, Model model, AccountForm form, FormErrors errors) {
        model.addAttribute("gebruikers", list.listAccounts(actor));
        model.addAttribute("form", form);
        model.addAttribute("fouten", errors);
        addChoices(actor, model);
        return "beheer/gebruikers";
    }

    private String detail(Actor actor, Model model, Account account, AccountForm form, FormErrors errors,
            FormErrors passwordErrors, IssuedApiToken issued) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("fouten", errors);
        model.addAttribute("wachtwoordFouten", passwordErrors);
        model.addAttribute("tokens", listTokens.listApiTokens(actor, account.id()));
        if (!model.containsAttribute("nieuwToken")) {
            model.addAttribute("nieuwToken", issued == null ? null : issued.secret().reveal());
        }
        if (!model.containsAttribute("tokenFouten")) {
            model.addAttribute("tokenFouten", FormErrors.none());
        }
        addChoices(actor, model);
        return "beheer/gebruiker";
    }

    private void addChoices(Actor actor, Model model) {
        model.addAttribute("rollen", Role.values());
        model.addAttribute("wijken", districts.listDistricts(actor));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** What the form shows: the stored account, or what the user just typed. */
    public record AccountForm(String username, String displayName, List<String> roles, List<String> neighbourhoods,
            String email, boolean enabled, long version) {

        static AccountForm of(Account account) {
            return new AccountForm(account.username().value(), account.displayName(),
                    account.roles().stream().map(Enum::name).toList(),
                    account.neighbourhoods().stream().map(c -> c.value()).toList(),
                    account.email().map(Object::toString).orElse(""), account.enabled(), account.version());
        }

        public boolean hasRole(Role role) {
            return roles.contains(role.name());
        }

        public boolean hasNeighbourhood(String code) {
            return neighbourhoods.contains(code);
        }
    }
}
