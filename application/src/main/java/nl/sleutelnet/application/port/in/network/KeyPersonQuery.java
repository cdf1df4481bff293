package nl.sleutelnet.application.port.in.network;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Filters and page for the key person list; every filter optional. */
public record KeyPersonQuery(String neighbourhood, String theme, String status, @Size(max = 100) String text,
        int page, int size) {

    public KeyPersonQuery(String neighbourhood, String theme, String status, String text, int page, int size) {
        this.neighbourhood = blankToNull(neighbourhood);
        this.theme = blankToNull(theme);
        this.status = blankToNull(status);
        this.text = blankToNull(text);
        this.page = page;
        this.size = size;
        SelfValidating.validate(this, checks -> checks
                .field("neighbourhood", this::neighbourhoodCode)
                .field("theme", this::themeCode)
                .field("status", this::statusFilter)
                .across(List.of(), this::pageRequest,
                        e -> e.code().equals("page.size.invalid") ? "size" : "page"));
    }

    public static KeyPersonQuery all(int page, int size) {
        return new KeyPersonQuery(null, null, null, null, page, size);
    }

    public Optional<NeighbourhoodCode> neighbourhoodCode() {
        return Optional.ofNullable(neighbourhood).map(NeighbourhoodCode::of);
    }

    public Optional<ThemeCode> themeCode() {
        return Optional.ofNullable(theme).map(ThemeCode::of);
    }

    public Optional<KeyPersonStatus> statusFilter() {
        return Optional.ofNullable(status)
                .map(s -> LegalBasisInput.parse(KeyPersonStatus.class, s, "key-person.status.unknown"));
    }

    public PageRequest pageRequest() {
        return new PageRequest(page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
