package nl.sleutelnet.application.port.in.theme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * New name, description, position and state of a theme.
 *
 * @param expectedVersion the version the user edited; a newer stored version refuses the change
 */
public record ChangeThemeCommand(@NotBlank String code, @NotBlank @Size(max = Theme.MAX_NAME) String name,
        @Size(max = Theme.MAX_DESCRIPTION) String description, @NotNull @PositiveOrZero Integer position,
        @NotNull Boolean active, @PositiveOrZero long expectedVersion) {

    public ChangeThemeCommand(String code, String name, String description, Integer position, Boolean active,
            long expectedVersion) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.position = position;
        this.active = active;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("code", () -> ThemeCode.of(code)));
    }

    public ThemeCode themeCode() {
        return ThemeCode.of(code);
    }
}
