package nl.sleutelnet.domain.signal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;
import nl.sleutelnet.domain.temperature.Reliability;

/** Duiden: how reliable the signal is judged and what it means, by whom and when. Internal: not shown to reporters. */
public record Assessment(Reliability reliability, String interpretation, Instant at, AccountId by) {

    public Assessment {
        checkNotNull(reliability, "reliability");
        Invariants.require(reliability != Reliability.UNKNOWN, "signal.reliability.unknown",
                "Judge the reliability: HIGH, MEDIUM or LOW.");
        interpretation = FreeText.check(interpretation, true, "The interpretation");
        at = Timestamps.stored(checkNotNull(at, "at"));
        checkNotNull(by, "by");
    }
}
