package nl.sleutelnet.application.port.in.poll;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.poll.PollRoundStatus;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;

/**
 * Which rounds to list.
 *
 * @param status SCHEDULED, OPEN or CLOSED; empty: all
 */
public record PollRoundQuery(String status, int page, int size) {

    public PollRoundQuery(String status, int page, int size) {
        this.status = status == null || status.isBlank() ? null : status.strip();
        this.page = page;
        this.size = size;
        SelfValidating.validate(this, checks -> checks
                .field("status", this::statuses)
                .across(List.of(), this::pageRequest, e -> e.code().equals("page.size.invalid") ? "size" : "page"));
    }

    public static PollRoundQuery all(int page, int size) {
        return new PollRoundQuery(null, page, size);
    }

    public Set<PollRoundStatus> statuses() {
        if (status == null) {
            return EnumSet.allOf(PollRoundStatus.class);
        }
        for (PollRoundStatus s : PollRoundStatus.values()) {
            if (s.name().equals(status.toUpperCase(Locale.ROOT))) {
                return EnumSet.of(s);
            }
        }
        throw DomainException.invalid("poll.status.unknown", "'%s' is not a round status; choose SCHEDULED, OPEN or "
                + "CLOSED.", status);
    }

    public PageRequest pageRequest() {
        return new PageRequest(page, size);
    }
}
