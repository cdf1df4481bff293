package nl.sleutelnet.application.port.in.signal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Filters and page for the signal inbox; every filter optional.
 *
 * @param status   one status, or OPEN for everything not yet CLOSED
 * @param overdue  only received signals past their assessment deadline
 * @param assignee only signals this account handles
 */
public record SignalQuery(String status, boolean overdue, String neighbourhood, String theme, UUID assignee,
        int page, int size) {

    public SignalQuery(String status, boolean overdue, String neighbourhood, String theme, UUID assignee, int page,
            int size) {
        this.status = SignalInput.blankToNull(status);
        this.overdue = overdue;
        this.neighbourhood = SignalInput.blankToNull(neighbourhood);
        this.theme = SignalInput.blankToNull(theme);
        this.assignee = assignee;
        this.page = page;
        this.size = size;
        SelfValidating.validate(this, checks -> checks
                .field("status", this::statuses)
                .field("neighbourhood", this::neighbourhoodCode)
                .field("theme", this::themeCode)
                .across(List.of(), this::pageRequest, e -> e.code().equals("page.size.invalid") ? "size" : "page"));
    }

    public static SignalQuery open(int page, int size) {
        return new SignalQuery("OPEN", false, null, null, null, page, size);
    }

    public Set<SignalStatus> statuses() {
        if (status == null) {
            return EnumSet.allOf(SignalStatus.class);
        }
        if (status.equalsIgnoreCase("OPEN")) {
            return EnumSet.complementOf(EnumSet.of(SignalStatus.CLOSED));
        }
        return EnumSet.of(SignalInput.parse(SignalStatus.class, status, "signal.status.unknown"));
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
