package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Another scope for a planned intervention: its buurten and themes, against the version the user saw. */
public record ChangeScopeCommand(@NotNull UUID interventionId, @NotEmpty List<String> neighbourhoods,
        @NotEmpty List<String> themes, @PositiveOrZero long expectedVersion) {

    public ChangeScopeCommand(UUID interventionId, List<String> neighbourhoods, List<String> themes,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.neighbourhoods = InterventionInput.clean(neighbourhoods);
        this.themes = InterventionInput.clean(themes);
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .each("neighbourhoods", this.neighbourhoods, NeighbourhoodCode::of)
                .each("themes", this.themes, ThemeCode::of)
                .across(List.of("neighbourhoods", "themes"), this::scope, InterventionInput::scopeField));
    }

    public Scope scope() {
        return InterventionInput.scope(neighbourhoods, themes);
    }
}
