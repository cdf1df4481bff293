package nl.sleutelnet.application.port.in.theme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/** A new theme; it is placed after the existing ones. */
public record AddThemeCommand(@NotBlank String code, @NotBlank @Size(max = Theme.MAX_NAME) String name,
        @Size(max = Theme.MAX_DESCRIPTION) String description) {

    public AddThemeCommand(String code, String name, String description) {
        this.code = code == null ? null : code.strip();
        this.name = name;
        this.description = description;
        SelfValidating.validate(this, checks -> checks.field("code", () -> ThemeCode.of(this.code)));
    }

    public ThemeCode themeCode() {
        return ThemeCode.of(code);
    }
}
