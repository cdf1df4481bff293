package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A member as the analysis sees it: who (by reference, with a label to show), whether they count (an ACTIVE key
 * person or an active partner), and which buurten and themes they reach.
 *
 * @param neighbourhoods for a key person: where active; for a partner: the buurten served
 * @param themes         the themes a key person can help with (empty for partners)
 */
public record NetworkMember(MemberRef ref, String label, boolean active, Set<NeighbourhoodCode> neighbourhoods,
        Set<ThemeCode> themes) {

    public NetworkMember {
        checkNotNull(ref, "ref");
        checkNotNull(label, "label");
        neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
        themes = ImmutableSortedSet.copyOf(java.util.Comparator.comparing(ThemeCode::value), themes);
    }

    public boolean isKeyPerson() {
        return ref.kind() == MemberKind.KEY_PERSON;
    }
}
