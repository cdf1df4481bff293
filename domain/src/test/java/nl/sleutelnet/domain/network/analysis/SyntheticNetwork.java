package nl.sleutelnet.domain.network.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A made-up network of key persons for benchmarks and for measuring sampled betweenness, the same for the same size
 * and seed. It looks like a city's network: about 50 key persons per buurt, ten buurten per wijk, most ties inside
 * the buurt, some inside the wijk, a few across the city (the bridges), and about one in twenty key persons with a
 * single tie (they make cut vertices). About ten ties per key person; every tie had contact in the last 150 days, so
 * none has faded. Nobody in it exists.
 */
public final class SyntheticNetwork {

    public static final long SEED = 20_261_128L;
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final int PER_BUURT = 50;
    static final int BUURTEN_PER_WIJK = 10;
    static final int TIES_PER_PERSON = 10;
    static final List<ThemeCode> THEMES = List.of(ThemeCode.of("wij-zij"), ThemeCode.of("online"),
            ThemeCode.of("jongeren"), ThemeCode.of("buurtonrust"), ThemeCode.of("discriminatie"),
            ThemeCode.of("nieuwkomers"));

    private final NetworkSnapshot snapshot;
    private final List<NeighbourhoodCode> buurten;

    private SyntheticNetwork(NetworkSnapshot snapshot, List<NeighbourhoodCode> buurten) {
        this.snapshot = snapshot;
        this.buurten = buurten;
    }

    public static SyntheticNetwork of(int keyPersons) {
        return of(keyPersons, SEED);
    }

    public static SyntheticNetwork of(int keyPersons, long seed) {
        Random random = new Random(seed);
        int buurtCount = Math.max(2, keyPersons / PER_BUURT);
        List<NeighbourhoodCode> buurten = new ArrayList<>();
        for (int b = 0; b < buurtCount; b++) {
            buurten.add(NeighbourhoodCode.of(String.format("BU%08d", 9_350_000 + b)));
        }
        MemberRef[] refs = new MemberRef[keyPersons];
        int[] home = new int[keyPersons];
        boolean[] peripheral = new boolean[keyPersons];
        List<List<Integer>> inBuurt = new ArrayList<>();
        for (int b = 0; b < buurtCount; b++) {
            inBuurt.add(new ArrayList<>());
        }
        List<NetworkMember> members = new ArrayList<>(keyPersons);
        for (int i = 0; i < keyPersons; i++) {
            refs[i] = MemberRef.keyPerson(new UUID(random.nextLong(), random.nextLong()));
            home[i] = random.nextInt(buurtCount);
            peripheral[i] = random.nextInt(20) == 0;
            if (!peripheral[i]) {
                inBuurt.get(home[i]).add(i);
            }
            Set<NeighbourhoodCode> where = new LinkedHashSet<>();
            where.add(buurten.get(home[i]));
            if (random.nextInt(4) == 0) {
                where.add(buurten.get(inWijk(home[i], buurtCount, random)));
            }
            Set<ThemeCode> themes = new LinkedHashSet<>();
            int themeCount = 1 + random.nextInt(3);
            while (themes.size() < themeCount) {
                themes.add(THEMES.get(random.nextInt(THEMES.size())));
            }
            members.add(new NetworkMember(refs[i], "sleutelpersoon " + i, true, where, themes));
        }
        List<NetworkTie> ties = new ArrayList<>(keyPersons * TIES_PER_PERSON);
        Set<Long> pairs = new HashSet<>();
        int wanted = keyPersons * TIES_PER_PERSON;
        // one tie for each peripheral key person, to someone in their own buurt
        for (int i = 0; i < keyPersons; i++) {
            if (peripheral[i] && !inBuurt.get(home[i]).isEmpty()) {
                List<Integer> candidates = inBuurt.get(home[i]);
                add(ties, pairs, refs, i, candidates.get(random.nextInt(candidates.size())), random);
            }
        }
        int attempts = 0;
        while (ties.size() < wanted && attempts++ < wanted * 4) {
            int a = random.nextInt(keyPersons);
            if (peripheral[a]) {
                continue;
            }
            int roll = random.nextInt(100);
            int targetBuurt = roll < 85 ? home[a] : roll < 97 ? inWijk(home[a], buurtCount, random)
                    : random.nextInt(buurtCount);
            List<Integer> candidates = inBuurt.get(targetBuurt);
            if (candidates.isEmpty()) {
                continue;
            }
            add(ties, pairs, refs, a, candidates.get(random.nextInt(candidates.size())), random);
        }
        return new SyntheticNetwork(new NetworkSnapshot(members, ties, AS_OF), List.copyOf(buurten));
    }

    private static int inWijk(int buurt, int buurtCount, Random random) {
        int wijkStart = buurt / BUURTEN_PER_WIJK * BUURTEN_PER_WIJK;
        int wijkSize = Math.min(BUURTEN_PER_WIJK, buurtCount - wijkStart);
        return wijkStart + random.nextInt(wijkSize);
    }

    private static void add(List<NetworkTie> ties, Set<Long> pairs, MemberRef[] refs, int a, int b, Random random) {
        if (a == b || !pairs.add((long) Math.min(a, b) * refs.length + Math.max(a, b))) {
            return;
        }
        ties.add(new NetworkTie(refs[a], refs[b], 1 + random.nextInt(5), AS_OF.minusDays(random.nextInt(150))));
    }

    public NetworkSnapshot snapshot() {
        return snapshot;
    }

    public List<NeighbourhoodCode> buurten() {
        return buurten;
    }

    public List<ThemeCode> themes() {
        return THEMES;
    }
}
