package nl.sleutelnet.domain.testdata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.analysis.NetworkMember;
import nl.sleutelnet.domain.network.analysis.NetworkSnapshot;
import nl.sleutelnet.domain.network.analysis.NetworkTie;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Test data: a network by first names, seen on {@link #AS_OF}.
 * {@code aNetwork().keyPerson("anna").in(BUURT).helpsWith("wij-zij").partner("wijkagent").tie("anna", "wijkagent")}.
 * Members are active and ties fresh (last contact on {@code AS_OF}) unless told otherwise. References are numbered
 * in the order members are added, so among key persons the first one added is the smallest.
 */
public final class NetworkBuilder {

    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private final Map<String, NetworkMember> members = new LinkedHashMap<>();
    private final List<NetworkTie> ties = new ArrayList<>();
    private String current;
    private long numbered;

    public static NetworkBuilder aNetwork() {
        return new NetworkBuilder();
    }

    public NetworkBuilder keyPerson(String name) {
        return add(name, MemberRef.keyPerson(nextId()), true);
    }

    public NetworkBuilder inactiveKeyPerson(String name) {
        return add(name, MemberRef.keyPerson(nextId()), false);
    }

    public NetworkBuilder partner(String name) {
        return add(name, MemberRef.partner(nextId()), true);
    }

    /** The buurten the member added last is active in (or serves, for a partner). */
    public NetworkBuilder in(String... buurten) {
        return change(m -> new NetworkMember(m.ref(), m.label(), m.active(),
                union(m.neighbourhoods(), Arrays.stream(buurten).map(NeighbourhoodCode::of)), m.themes()));
    }

    /** The themes the member added last can help with. */
    public NetworkBuilder helpsWith(String... themes) {
        return change(m -> new NetworkMember(m.ref(), m.label(), m.active(), m.neighbourhoods(),
                union(m.themes(), Arrays.stream(themes).map(ThemeCode::of))));
    }

    /** A fresh tie of strength 3. */
    public NetworkBuilder tie(String a, String b) {
        ties.add(freshTie(a, b));
        return this;
    }

    public NetworkBuilder tie(String a, String b, int strength, LocalDate lastContact) {
        ties.add(new NetworkTie(ref(a), ref(b), strength, lastContact));
        return this;
    }

    /** A tie whose last contact was a year before {@code AS_OF}. */
    public NetworkBuilder fadedTie(String a, String b) {
        return tie(a, b, 3, AS_OF.minusYears(1));
    }

    /** A fresh tie, not added: for a what-if newcomer. */
    public NetworkTie freshTie(String a, String b) {
        return new NetworkTie(ref(a), ref(b), 3, AS_OF);
    }

    public MemberRef ref(String name) {
        return member(name).ref();
    }

    public NetworkMember member(String name) {
        checkArgument(members.containsKey(name), "no member called %s", name);
        return members.get(name);
    }

    public NetworkSnapshot build() {
        return new NetworkSnapshot(List.copyOf(members.values()), ties, AS_OF);
    }

    private NetworkBuilder add(String name, MemberRef ref, boolean active) {
        checkArgument(!members.containsKey(name), "%s is already a member", name);
        members.put(name, new NetworkMember(ref, name, active, Set.of(), Set.of()));
        current = name;
        return this;
    }

    private NetworkBuilder change(Function<NetworkMember, NetworkMember> change) {
        checkState(current != null, "add a member first");
        members.put(current, change.apply(members.get(current)));
        return this;
    }

    private UUID nextId() {
        return new UUID(0, ++numbered);
    }

    private static <T> Set<T> union(Set<T> present, Stream<T> added) {
        return Stream.concat(present.stream(), added).collect(Collectors.toSet());
    }
}
