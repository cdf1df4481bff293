package nl.sleutelnet.bootstrap.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.theme.Theme;

/**
 * The city a run plays in: the register's wijken and buurten (inhabitants as weights), the themes, and the roster of
 * key persons over the whole period (who joins when, where, on which themes, who leaves when and who replaces them,
 * and the ties), with the scenario's what-if changes applied. Everything is drawn from the seed, in a fixed order, so
 * the same scenario and seed give the same city; the what-if changes draw from a stream of their own, so a what-if
 * and its baseline share everything else.
 */
final class SyntheticCity {

    /** Neutral descriptions of whom a key person reaches: never a religion, origin or opinion. */
    private static final List<String> REACH = List.of("ouders op de basisschool", "de sportvereniging",
            "het buurthuis", "jongeren op straat", "winkeliers in de straat", "de huurdersvereniging",
            "bezoekers van de bibliotheek", "vrijwilligers van de voedselbank", "ouderen in de wijk",
            "de carnavalsvereniging", "studenten in de buurt", "het wijkplatform");
    /** Buurten without a published count weigh as this many inhabitants: small, industrial or rural. */
    private static final int UNKNOWN_INHABITANTS = 100;

    final List<Neighbourhood> buurten;
    final List<String> themes;
    final List<String> wijken;
    final double[] buurtWeight;
    final double[] themeWeight;
    final int[] wijkOfBuurt;
    final List<Roster> roster;
    /** Ties as pairs of roster indexes, smaller first, in the order made. */
    final List<int[]> ties;

    /** One key person over the whole run; days count from the start (day 0). */
    record Roster(int index, String wijk, List<String> buurten, List<String> themes, String reach, int joinDay,
            int leaveDay, boolean pollConsent, int replaces, boolean removedByWhatIf) {

        boolean activeOn(int day) {
            return !removedByWhatIf && day >= joinDay && day < leaveDay;
        }
    }

    SyntheticCity(Scenario scenario, List<District> districts, List<Neighbourhood> register, List<Theme> themeList) {
        this.buurten = List.copyOf(register);
        this.themes = themeList.stream().filter(Theme::active).map(t -> t.code().value()).toList();
        this.wijken = districts.stream().map(d -> d.code().value()).sorted().toList();
        buurtWeight = new double[buurten.size()];
        wijkOfBuurt = new int[buurten.size()];
        for (int b = 0; b < buurten.size(); b++) {
            Neighbourhood n = buurten.get(b);
            buurtWeight[b] = n.inhabitantsIfKnown().orElse(UNKNOWN_INHABITANTS);
            wijkOfBuurt[b] = wijken.indexOf(n.district().value());
            checkArgument(wijkOfBuurt[b] >= 0, "buurt %s has no wijk in the register", n.code());
        }
        themeWeight = new double[themes.size()];
        for (int t = 0; t < themes.size(); t++) {
            themeWeight[t] = scenario.tension().themeWeight(themes.get(t));
        }
        SplittableRandom random = new SplittableRandom(Seeds.mix(scenario.seed(), 0x0C17L));
        List<Roster> people = new ArrayList<>();
        int days = scenario.days();
        Scenario.Network network = scenario.network();
        if (!network.members().isEmpty()) {
            for (Scenario.Member member : network.members()) {
                List<String> own = member.buurten().stream().sorted().toList();
                int b = buurtIndex(own.get(0));
                addWithReplacements(people, random, network, days, wijken.get(wijkOfBuurt[b]), own,
                        member.themes().isEmpty() ? drawThemes(random) : member.themes(), 0);
            }
        } else {
            for (int i = 0; i < network.keyPersons(); i++) {
                int home = draw(random, buurtWeight);
                List<String> own = drawBuurten(random, home);
                int join = network.buildUpDays() == 0 ? 0 : random.nextInt(network.buildUpDays() + 1);
                addWithReplacements(people, random, network, days, wijken.get(wijkOfBuurt[home]), own,
                        drawThemes(random), join);
            }
        }
        SplittableRandom whatIfRandom = new SplittableRandom(Seeds.mix(scenario.seed(), 0x3A7FL));
        for (Scenario.Change change : scenario.whatIf().removeKeyPersons()) {
            checkArgument(wijken.contains(change.wijk()), "whatIf.removeKeyPersons: there is no wijk %s",
                    change.wijk());
            // the first holders of a place in the wijk; their replacements go with them
            List<Roster> candidates = new ArrayList<>(people.stream()
                    .filter(r -> r.wijk().equals(change.wijk()) && !r.removedByWhatIf() && r.replaces() < 0)
                    .toList());
            int count = change.count() < 0 ? candidates.size() : Math.min(change.count(), candidates.size());
            for (int k = 0; k < count; k++) {
                Roster gone = candidates.remove(whatIfRandom.nextInt(candidates.size()));
                // the person and everyone who would have replaced them
                int next = gone.index();
                while (next >= 0) {
                    Roster r = people.get(next);
                    people.set(next, new Roster(r.index(), r.wijk(), r.buurten(), r.themes(), r.reach(),
                            r.joinDay(), r.leaveDay(), r.pollConsent(), r.replaces(), true));
                    candidates.removeIf(c -> c.index() == r.index());
                    int replaced = r.index();
                    next = people.stream().filter(p -> p.replaces() == replaced).mapToInt(Roster::index).findFirst()
                            .orElse(-1);
                }
            }
        }
        for (Scenario.Change change : scenario.whatIf().addKeyPersons()) {
            checkArgument(wijken.contains(change.wijk()), "whatIf.addKeyPersons: there is no wijk %s", change.wijk());
            int wijk = wijken.indexOf(change.wijk());
            double[] inWijk = new double[buurten.size()];
            for (int b = 0; b < buurten.size(); b++) {
                inWijk[b] = wijkOfBuurt[b] == wijk ? buurtWeight[b] : 0;
            }
            for (int k = 0; k < Math.max(0, change.count()); k++) {
                int home = draw(whatIfRandom, inWijk);
                List<String> chosen = change.themes().isEmpty() ? drawThemes(whatIfRandom) : change.themes();
                addWithReplacements(people, whatIfRandom, network, days, change.wijk(), drawBuurten(whatIfRandom, home),
                        chosen, 0);
            }
        }
        this.roster = List.copyOf(people);
        this.ties = drawTies(new SplittableRandom(Seeds.mix(scenario.seed(), 0x71E5L)), network.tiesPerKeyPerson());
    }

    private void addWithReplacements(List<Roster> people, SplittableRandom random, Scenario.Network network,
            int days, String wijk, List<String> own, List<String> themeCodes, int join) {
        int joinDay = join;
        int replaces = -1;
        while (joinDay < days) {
            int leave = leaveDay(random, network.yearlyTurnover(), joinDay, days);
            int index = people.size();
            people.add(new Roster(index, wijk, own, List.copyOf(themeCodes), REACH.get(random.nextInt(
                    REACH.size())), joinDay, leave, random.nextDouble() < network.pollConsent(), replaces, false));
            if (leave >= days) {
                return;
            }
            replaces = index;
            joinDay = leave + network.replacementDays();
        }
    }

    private static int leaveDay(SplittableRandom random, double yearlyTurnover, int joinDay, int days) {
        if (yearlyTurnover <= 0) {
            return Integer.MAX_VALUE;
        }
        double perDay = -Math.log(1 - yearlyTurnover) / 365.0;
        double stay = -Math.log(1 - random.nextDouble()) / perDay;
        long leave = joinDay + 1 + (long) stay;
        return leave >= days ? Integer.MAX_VALUE : (int) leave;
    }

    private List<String> drawBuurten(SplittableRandom random, int home) {
        Set<String> own = new TreeSet<>();
        own.add(buurten.get(home).code().value());
        if (random.nextDouble() < 0.3) {
            double[] sameWijk = new double[buurten.size()];
            for (int b = 0; b < buurten.size(); b++) {
                sameWijk[b] = wijkOfBuurt[b] == wijkOfBuurt[home] && b != home ? buurtWeight[b] : 0;
            }
            if (sum(sameWijk) > 0) {
                own.add(buurten.get(draw(random, sameWijk)).code().value());
            }
        }
        return List.copyOf(own);
    }

    private List<String> drawThemes(SplittableRandom random) {
        int count = 1 + random.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>();
        double[] weights = themeWeight.clone();
        for (int k = 0; k < count && sum(weights) > 0; k++) {
            int t = draw(random, weights);
            chosen.add(themes.get(t));
            weights[t] = 0;
        }
        return List.copyOf(chosen);
    }

    /** Each key person ties to others, four in five within the own wijk; no pair twice. */
    private List<int[]> drawTies(SplittableRandom random, double perKeyPerson) {
        List<int[]> made = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        TreeMap<String, List<Roster>> byWijk = new TreeMap<>();
        roster.forEach(r -> byWijk.computeIfAbsent(r.wijk(), w -> new ArrayList<>()).add(r));
        long wanted = Math.round(roster.size() * perKeyPerson / 2);
        for (int attempt = 0; made.size() < wanted && attempt < wanted * 20; attempt++) {
            Roster a = roster.get(random.nextInt(roster.size()));
            List<Roster> pool = random.nextDouble() < 0.8 ? byWijk.get(a.wijk()) : roster;
            Roster b = pool.get(random.nextInt(pool.size()));
            int lo = Math.min(a.index(), b.index());
            int hi = Math.max(a.index(), b.index());
            if (lo != hi && seen.add(((long) lo << 32) | hi)) {
                made.add(new int[] {lo, hi});
            }
        }
        return Collections.unmodifiableList(made);
    }

    int buurtIndex(String code) {
        for (int b = 0; b < buurten.size(); b++) {
            if (buurten.get(b).code().value().equals(code)) {
                return b;
            }
        }
        throw new IllegalArgumentException("There is no buurt " + code + " in the register");
    }

    int themeIndex(String code) {
        int t = themes.indexOf(code);
        checkArgument(t >= 0, "There is no active theme '%s'", code);
        return t;
    }

    int cells() {
        return buurten.size() * themes.size();
    }

    int cell(int buurt, int theme) {
        return buurt * themes.size() + theme;
    }

    static int draw(SplittableRandom random, double[] weights) {
        double total = sum(weights);
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("nothing to draw from");
    }

    static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
