package nl.sleutelnet.application.port.in.theme;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.theme.Theme;

public interface AddThemeUseCase {

    /** @throws nl.sleutelnet.domain.shared.DomainException CONFLICT when the code is taken */
    Theme addTheme(Actor actor, AddThemeCommand command);
}
