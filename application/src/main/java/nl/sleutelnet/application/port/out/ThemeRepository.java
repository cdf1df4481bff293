package nl.sleutelnet.application.port.out;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

public interface ThemeRepository {

    /** All themes, retired ones included, ordered by position and then code. */
    List<Theme> findAll();

    Optional<Theme> findByCode(ThemeCode code);

    /**
     * Stores a new theme (version 0) or a changed one. The stored version must still be the one the theme was
     * read as, otherwise {@link nl.sleutelnet.domain.shared.StaleVersionException} and nothing changes.
     *
     * @return the theme as stored, with its new version
     */
    Theme save(Theme theme);
}
