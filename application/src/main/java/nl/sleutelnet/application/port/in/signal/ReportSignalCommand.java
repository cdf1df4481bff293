package nl.sleutelnet.application.port.in.signal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.signal.FreeText;
import nl.sleutelnet.domain.signal.HowObtained;
import nl.sleutelnet.domain.signal.Intensity;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A new signal.
 *
 * @param reporterKind KEY_PERSON, PARTNER, STAFF or OPEN_SOURCE; empty: the signed-in staff member reports
 * @param reporterId   the key person or partner who reported (for those kinds)
 * @param openSource   for OPEN_SOURCE: what the public source is
 * @param howObtained  OWN_OBSERVATION, CONVERSATION, MEETING, PUBLIC_ONLINE, MEDIA or REPORT
 * @param observedAt   when the tension was observed; empty: now
 * @param assignee     who handles it; empty: the reporting staff member, or a coordinator
 */
public record ReportSignalCommand(String reporterKind, UUID reporterId, String openSource,
        @NotBlank String howObtained, @NotEmpty List<String> neighbourhoods, @NotEmpty List<String> themes,
        @NotNull Integer intensity, @NotBlank String description, Instant observedAt, UUID assignee) {

    public ReportSignalCommand(String reporterKind, UUID reporterId, String openSource, String howObtained,
            List<String> neighbourhoods, List<String> themes, Integer intensity, String description,
            Instant observedAt, UUID assignee) {
        this.reporterKind = SignalInput.blankToNull(reporterKind);
        this.reporterId = reporterId;
        this.openSource = openSource;
        this.howObtained = howObtained;
        this.neighbourhoods = SignalInput.clean(neighbourhoods);
        this.themes = SignalInput.clean(themes);
        this.intensity = intensity;
        this.description = description;
        this.observedAt = observedAt;
        this.assignee = assignee;
        SelfValidating.validate(this, checks -> checks
                .field("reporterKind", () -> {
                    if (this.reporterKind != null) {
                        reporter(null);
                    }
                })
                .field("howObtained", this::obtained)
                .each("neighbourhoods", this.neighbourhoods, NeighbourhoodCode::of)
                .each("themes", this.themes, ThemeCode::of)
                .field("intensity", () -> Intensity.of(intensity))
                .field("description", () -> FreeText.check(description, true, "The description")));
    }

    /** The reporter; without a kind, the signed-in staff member (whose account id is given). */
    public Reporter reporter(UUID staff) {
        return SignalInput.reporter(reporterKind, reporterId, openSource, staff);
    }

    public HowObtained obtained() {
        return SignalInput.parse(HowObtained.class, howObtained, "signal.how-obtained.unknown");
    }

    public Set<NeighbourhoodCode> neighbourhoodCodes() {
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        neighbourhoods.forEach(n -> codes.add(NeighbourhoodCode.of(n)));
        return codes;
    }

    public Set<ThemeCode> themeCodes() {
        Set<ThemeCode> codes = new LinkedHashSet<>();
        themes.forEach(t -> codes.add(ThemeCode.of(t)));
        return codes;
    }
}
