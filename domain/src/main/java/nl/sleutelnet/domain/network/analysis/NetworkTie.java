package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * A tie as the analysis sees it: between two different members, with strength 1–5 and the date of the last
 * contact (null: never recorded, which counts as faded).
 */
public record NetworkTie(MemberRef a, MemberRef b, int strength, LocalDate lastContact) {

    public NetworkTie {
        checkNotNull(a, "a");
        checkNotNull(b, "b");
        checkArgument(!a.equals(b), "a tie joins two different members");
        checkArgument(strength >= 1 && strength <= 5, "strength is 1 to 5");
    }

    public boolean involves(MemberRef member) {
        return a.equals(member) || b.equals(member);
    }
}
