package nl.sleutelnet.application.port.in.temperature;

import java.util.Optional;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Which map: one theme, or (no theme) every active theme. */
public record TemperatureMapQuery(String theme) {

    public TemperatureMapQuery(String theme) {
        this.theme = theme == null || theme.isBlank() ? null : theme.strip();
        SelfValidating.validate(this, checks -> checks.field("theme", this::themeCode));
    }

    public static TemperatureMapQuery allThemes() {
        return new TemperatureMapQuery(null);
    }

    public Optional<ThemeCode> themeCode() {
        return Optional.ofNullable(theme).map(ThemeCode::of);
    }
}
