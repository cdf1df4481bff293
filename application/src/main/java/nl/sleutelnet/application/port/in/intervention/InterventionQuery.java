package nl.sleutelnet.application.port.in.intervention;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Filters and page for the intervention board; every filter optional.
 *
 * @param status      PLANNED, ACTIVE, CLOSED, or OPEN for everything not yet CLOSED
 * @param involvement LEAD, CONTRIBUTE, MONITOR or WITHDRAWN: the current level
 * @param owner       only interventions this account owns
 */
public record InterventionQuery(String status, String involvement, String neighbourhood, String theme, UUID owner,
        int page, int size) {

    public InterventionQuery(String status, String involvement, String neighbourhood, String theme, UUID owner,
            int page, int size) {
        this.status = InterventionInput.blankToNull(status);
        this.involvement = InterventionInput.blankToNull(involvement);
        this.neighbourhood = InterventionInput.blankToNull(neighbourhood);
        this.theme = InterventionInput.blankToNull(theme);
        this.owner = owner;
        this.page = page;
        this.size = size;
        SelfValidating.validate(this, checks -> checks
                .field("status", this::statuses)
                .field("involvement", this::involvementLevel)
                .field("neighbourhood", this::neighbourhoodCode)
                .field("theme", this::themeCode)
                .across(List.of(), this::pageRequest, e -> e.code().equals("page.size.invalid") ? "size" : "page"));
    }

    /** Everything not yet closed, first page. */
    public static InterventionQuery open(int page, int size) {
        return new InterventionQuery("OPEN", null, null, null, null, page, size);
    }

    public Set<InterventionStatus> statuses() {
        if (status == null) {
            return EnumSet.allOf(InterventionStatus.class);
        }
        if (status.equalsIgnoreCase("OPEN")) {
            return EnumSet.of(InterventionStatus.PLANNED, InterventionStatus.ACTIVE);
        }
        return EnumSet.of(InterventionInput.parse(InterventionStatus.class, status, "intervention.status.unknown"));
    }

    public Optional<Involvement> involvementLevel() {
        return Optional.ofNullable(involvement).map(i -> InterventionInput.parse(Involvement.class, i,
                "intervention.involvement.unknown"));
    }

    public Optional<NeighbourhoodCode> neighbourhoodCode() {
        return Optional.ofNullable(neighbourhood).map(NeighbourhoodCode::of);
    }

    public Optional<ThemeCode> themeCode() {
        return Optional.ofNullable(theme).map(ThemeCode::of);
    }

    public PageRequest pageRequest() {
        return new PageRequest(page, size);
    }
}
