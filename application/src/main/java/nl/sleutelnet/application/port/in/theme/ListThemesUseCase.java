package nl.sleutelnet.application.port.in.theme;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.theme.Theme;

public interface ListThemesUseCase {

    /** Themes in their configured order; retired ones only when asked for. */
    List<Theme> listThemes(Actor actor, boolean includeRetired);
}
