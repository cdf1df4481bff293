package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * A tie that is the only line between two groups: if it fades, {@code smallerSide} loses touch with the rest.
 * Worth a visit before the last contact gets old.
 *
 * @param a           the smaller of the two ends
 * @param b           the larger of the two ends
 * @param smallerSide the members on the side with fewer members (on a tie in size, the side without the smallest
 *                    member, as for {@link CutVertex})
 */
public record Bridge(MemberRef a, MemberRef b, Set<MemberRef> smallerSide) {

    public Bridge {
        checkNotNull(a, "a");
        checkNotNull(b, "b");
        checkArgument(a.compareTo(b) < 0, "a bridge names its ends in order");
        smallerSide = ImmutableSortedSet.copyOf(smallerSide);
        checkArgument(smallerSide.contains(a) != smallerSide.contains(b), "the smaller side holds one end");
    }
}
