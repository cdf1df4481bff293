package nl.sleutelnet.application.port.in.theme;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.theme.Theme;

public interface ChangeThemeUseCase {

    /**
     * @throws nl.sleutelnet.domain.shared.StaleVersionException when someone changed the theme meanwhile
     */
    Theme changeTheme(Actor actor, ChangeThemeCommand command);
}
