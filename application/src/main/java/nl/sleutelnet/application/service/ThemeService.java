package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import nl.sleutelnet.application.port.in.theme.AddThemeCommand;
import nl.sleutelnet.application.port.in.theme.AddThemeUseCase;
import nl.sleutelnet.application.port.in.theme.ChangeThemeCommand;
import nl.sleutelnet.application.port.in.theme.ChangeThemeUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.theme.Theme;

public final class ThemeService implements ListThemesUseCase, AddThemeUseCase, ChangeThemeUseCase {

    private final ThemeRepository themes;

    public ThemeService(ThemeRepository themes) {
        this.themes = checkNotNull(themes, "themes");
    }

    @Override
    public List<Theme> listThemes(Actor actor, boolean includeRetired) {
        actor.require(Permission.VIEW_REFERENCE_DATA);
        return themes.findAll().stream().filter(t -> includeRetired || t.active()).toList();
    }

    @Override
    public Theme addTheme(Actor actor, AddThemeCommand command) {
        actor.require(Permission.MANAGE_REFERENCE_DATA);
        themes.findByCode(command.themeCode()).ifPresent(existing -> {
            throw DomainException.conflict("theme.code.taken",
                    "There is already a theme with code '%s' (%s); choose another code.", existing.code(),
                    existing.name());
        });
        int next = themes.findAll().stream().mapToInt(Theme::position).max().orElse(-1) + 1;
        return themes.save(Theme.register(command.themeCode(), command.name(), command.description(), next));
    }

    @Override
    public Theme changeTheme(Actor actor, ChangeThemeCommand command) {
        actor.require(Permission.MANAGE_REFERENCE_DATA);
        Theme current = themes.findByCode(command.themeCode()).orElseThrow(() -> DomainException.notFound(
                "theme.not-found", "There is no theme with code '%s'.", command.code()));
        if (current.version() != command.expectedVersion()) {
            throw new StaleVersionException("Theme", current.code(), command.expectedVersion(), current.version());
        }
        Theme changed = current.rename(command.name(), command.description()).moveTo(command.position());
        changed = command.active() ? changed.reactivate() : changed.retire();
        return themes.save(changed);
    }
}
