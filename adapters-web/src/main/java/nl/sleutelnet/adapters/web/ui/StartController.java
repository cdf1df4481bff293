package nl.sleutelnet.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.sleutelnet.adapters.web.security.OidcSettings;
import nl.sleutelnet.adapters.web.security.PasswordSignInProvider;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class StartController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ListDistrictsUseCase districts;
    private final ListThemesUseCase themes;
    private final ZoneId zone;
    private final OidcSettings oidc;

    public StartController(ListDistrictsUseCase districts, ListThemesUseCase themes,
            @Value("${sleutelnet.time-zone:Europe/Amsterdam}") ZoneId zone, OidcSettings oidc) {
        this.districts = districts;
        this.themes = themes;
        this.zone = zone;
        this.oidc = oidc;
    }

    /**
     * The sign-in page, after a refused attempt ({@code fout}; too many attempts: with the time to try again), after
     * signing out ({@code uitgelogd}) or when a session was ended ({@code verlopen}: timed out, or the account was
     * disabled).
     */
    @GetMapping("/inloggen")
    public String signIn(@RequestParam(required = false) String fout, @RequestParam(required = false) String uitgelogd,
            @RequestParam(required = false) String verlopen, @RequestParam(name = "geen-account", required = false)
            String noAccount, @RequestParam(name = "idp-fout", required = false) String idpFailed,
            HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        model.addAttribute("fout", fout != null);
        model.addAttribute("uitgelogd", uitgelogd != null);
        model.addAttribute("verlopen", verlopen != null);
        model.addAttribute("geenAccount", noAccount != null);
        model.addAttribute("idpFout", idpFailed != null);
        model.addAttribute("oidc", oidc.enabled() ? "/oauth2/authorization/" + oidc.registrationId() : null);
        model.addAttribute("opnieuwOm", fout != null && refusal instanceof PasswordSignInProvider.SignInThrottled t
                ? TIME.format(t.retryAt().plusSeconds(59).atZone(zone)) : null);
        return "inloggen";
    }

    @GetMapping("/")
    public String start(Actor actor, Model model) {
        List<DistrictSummary> wijken = districts.listDistricts(actor);
        model.addAttribute("aantalWijken", wijken.size());
        model.addAttribute("aantalBuurten", wijken.stream().mapToInt(w -> w.neighbourhoods().size()).sum());
        model.addAttribute("inwoners", wijken.stream().mapToInt(DistrictSummary::inhabitants).sum());
        model.addAttribute("buurtenZonderInwonertal",
                wijken.stream().mapToInt(DistrictSummary::buurtenWithoutCount).sum());
        model.addAttribute("themas", themes.listThemes(actor, false));
        return "start";
    }
}
