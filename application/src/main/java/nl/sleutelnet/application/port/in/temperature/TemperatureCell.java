package nl.sleutelnet.application.port.in.temperature;

import jakarta.validation.constraints.NotBlank;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/** One buurt × theme, as a user or city system names it: a CBS buurt code and a theme code. */
public record TemperatureCell(@NotBlank String neighbourhoodCode, @NotBlank String theme) {

    public TemperatureCell(String neighbourhoodCode, String theme) {
        this.neighbourhoodCode = neighbourhoodCode == null ? null : neighbourhoodCode.strip();
        this.theme = theme == null ? null : theme.strip();
        SelfValidating.validate(this, checks -> checks
                .field("neighbourhoodCode", this::buurt)
                .field("theme", this::themeCode));
    }

    public NeighbourhoodCode buurt() {
        return NeighbourhoodCode.of(neighbourhoodCode);
    }

    public ThemeCode themeCode() {
        return ThemeCode.of(theme);
    }
}
