package nl.sleutelnet.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every staff page needs: who is signed in, where we are, and Dutch dates. */
@ControllerAdvice(basePackageClasses = UiModel.class)
public class UiModel {

    /** Times on screen are in Europe/Amsterdam, as staff expect. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final ListAlertsUseCase alerts;

    public UiModel(ListAlertsUseCase alerts) {
        this.alerts = alerts;
    }

    @ModelAttribute("ik")
    public Actor signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
    }

    @ModelAttribute("beheerder")
    public boolean isAdmin() {
        Actor actor = signedIn();
        return actor != null && actor.hasRole(Role.ADMIN);
    }

    /** What the signed-in user may do, by permission name: {@code ${mag.contains('MANAGE_NETWORK')}}. */
    @ModelAttribute("mag")
    public java.util.Set<String> permissions() {
        Actor actor = signedIn();
        java.util.Set<String> names = new java.util.HashSet<>();
        if (actor != null) {
            for (nl.sleutelnet.domain.access.Permission p : nl.sleutelnet.domain.access.Permission.values()) {
                if (actor.may(p)) {
                    names.add(p.name());
                }
            }
        }
        return names;
    }

    /** For the badge in the menu: the open alerts, for whoever handles them; null for everyone else. */
    @ModelAttribute("openWaarschuwingen")
    public Long openAlerts() {
        Actor actor = signedIn();
        return actor != null && actor.may(nl.sleutelnet.domain.access.Permission.HANDLE_ALERTS)
                ? alerts.countOpenAlerts(actor) : null;
    }

    @ModelAttribute("pad")
    public String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** Formats for templates: {@code ${@tijd.datumTijd(instant)}}. */
    @Component("tijd")
    public static class Formats {
        private static final DateTimeFormatter DATE_TIME =
                DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.forLanguageTag("nl-NL")).withZone(AMSTERDAM);

        public String datumTijd(Instant instant) {
            return instant == null ? "" : DATE_TIME.format(instant);
        }
    }
}
