package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.InterventionType;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.signal.SignalId;

/**
 * A new intervention.
 *
 * @param type           DIALOGUE, MEETING, MEDIATION, RESILIENCE_TRAINING, COMMUNICATION, COMMUNITY_ACTIVITY or
 *                       REFERRAL_TO_SAFETY_PARTNERS
 * @param neighbourhoods the buurten of the scope (CBS codes)
 * @param themes         the themes of the scope
 * @param signals        the signals that led to it, each ASSESSED (it becomes ACTED with this intervention); may be
 *                       empty for a preventive intervention
 * @param owner          who owns it; empty: the acting coordinator
 * @param involvement    LEAD, CONTRIBUTE or MONITOR; empty: LEAD
 */
public record PlanInterventionCommand(@NotBlank String title, @NotBlank String goal, @NotBlank String type,
        @NotEmpty List<String> neighbourhoods, @NotEmpty List<String> themes, List<UUID> signals, UUID owner,
        String involvement) {

    public PlanInterventionCommand(String title, String goal, String type, List<String> neighbourhoods,
            List<String> themes, List<UUID> signals, UUID owner, String involvement) {
        this.title = title;
        this.goal = goal;
        this.type = type;
        this.neighbourhoods = InterventionInput.clean(neighbourhoods);
        this.themes = InterventionInput.clean(themes);
        this.signals = signals == null ? List.of() : List.copyOf(signals.stream().filter(s -> s != null).toList());
        this.owner = owner;
        this.involvement = InterventionInput.blankToNull(involvement);
        SelfValidating.validate(this, checks -> checks
                .field("title", () -> InterventionText.required(title, Intervention.MAX_TITLE, "The title"))
                .field("goal", () -> InterventionText.required(goal, InterventionText.MAX_LENGTH, "The goal"))
                .field("type", this::parsedType)
                .each("neighbourhoods", this.neighbourhoods, nl.sleutelnet.domain.geography.NeighbourhoodCode::of)
                .each("themes", this.themes, nl.sleutelnet.domain.theme.ThemeCode::of)
                .across(List.of("neighbourhoods", "themes"), this::scope, InterventionInput::scopeField)
                .field("involvement", this::startingInvolvement));
    }

    public Intervention.Description description() {
        return new Intervention.Description(title, goal, parsedType());
    }

    public InterventionType parsedType() {
        return InterventionInput.parse(InterventionType.class, type, "intervention.type.unknown");
    }

    public Scope scope() {
        return InterventionInput.scope(neighbourhoods, themes);
    }

    public Set<SignalId> signalIds() {
        Set<SignalId> ids = new LinkedHashSet<>();
        signals.forEach(s -> ids.add(new SignalId(s)));
        return ids;
    }

    public Involvement startingInvolvement() {
        if (involvement == null) {
            return Involvement.LEAD;
        }
        Involvement parsed = InterventionInput.parse(Involvement.class, involvement, "intervention.involvement.unknown");
        Invariants.require(parsed != Involvement.WITHDRAWN, "intervention.involvement.start",
                "An intervention starts with the municipality involved: LEAD, CONTRIBUTE or MONITOR.");
        return parsed;
    }
}
