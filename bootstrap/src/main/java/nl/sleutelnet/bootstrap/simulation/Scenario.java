package nl.sleutelnet.bootstrap.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One simulation: the period, the seed, the synthetic city and its network, how tension arises, how it is noticed,
 * the municipality's policy, what interventions do, and what-if changes to the network. Every part may be left out
 * of a scenario file; what is left out takes the default documented here and in {@code docs/simulation.md}.
 *
 * @param name  a label for the outputs
 * @param start the first simulated day (default 2022-01-01)
 * @param end   the last simulated day, included (default 2026-12-31)
 * @param seed  the seed: the same scenario and seed give the same results, on any machine
 * @param city  the register the city is built from; only {@code maastricht}
 */
public record Scenario(String name, LocalDate start, LocalDate end, Long seed, String city, Network network,
        Tension tension, List<Shock> shocks, Detection detection, Policy policy, Effect interventions,
        WhatIf whatIf) {

    public static final LocalDate DEFAULT_START = LocalDate.of(2022, 1, 1);
    public static final LocalDate DEFAULT_END = LocalDate.of(2026, 12, 31);

    public Scenario {
        name = name == null || name.isBlank() ? "scenario" : name.strip();
        start = start == null ? DEFAULT_START : start;
        end = end == null ? DEFAULT_END : end;
        checkArgument(!end.isBefore(start), "end (%s) is on or after start (%s)", end, start);
        checkArgument(ChronoUnit.DAYS.between(start, end) < 20 * 366, "at most twenty years: %s to %s", start, end);
        seed = seed == null ? 1L : seed;
        city = city == null ? "maastricht" : city.strip().toLowerCase(java.util.Locale.ROOT);
        checkArgument(city.equals("maastricht"), "city: only maastricht is available, not '%s'", city);
        network = network == null ? Network.defaults() : network;
        tension = tension == null ? Tension.defaults() : tension;
        shocks = shocks == null ? defaultShocks() : List.copyOf(shocks);
        detection = detection == null ? Detection.defaults() : detection;
        policy = policy == null ? Policy.defaults() : policy;
        interventions = interventions == null ? Effect.defaults() : interventions;
        whatIf = whatIf == null ? WhatIf.none() : whatIf;
    }

    /** Every default: Maastricht 2022–2026, seed 1. */
    public static Scenario defaults() {
        return new Scenario(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    public Scenario withSeed(long value) {
        return new Scenario(name, start, end, value, city, network, tension, shocks, detection, policy, interventions,
                whatIf);
    }

    public Scenario withName(String value) {
        return new Scenario(value, start, end, seed, city, network, tension, shocks, detection, policy, interventions,
                whatIf);
    }

    public Scenario withPeriod(LocalDate from, LocalDate to) {
        return new Scenario(name, from, to, seed, city, network, tension, shocks, detection, policy, interventions,
                whatIf);
    }

    public Scenario withNetwork(Network value) {
        return new Scenario(name, start, end, seed, city, value, tension, shocks, detection, policy, interventions,
                whatIf);
    }

    public Scenario withPolicy(Policy value) {
        return new Scenario(name, start, end, seed, city, network, tension, shocks, detection, value, interventions,
                whatIf);
    }

    public Scenario withShocks(List<Shock> value) {
        return new Scenario(name, start, end, seed, city, network, tension, value, detection, policy, interventions,
                whatIf);
    }

    public Scenario withWhatIf(WhatIf value) {
        return new Scenario(name, start, end, seed, city, network, tension, shocks, detection, policy, interventions,
                value);
    }

    /**
     * Illustrative shocks, not a history: a contested national measure early in 2022, an international conflict that
     * echoes in the city in autumn 2023, a climate measure in 2024, a wave of disinformation in 2025 and an election
     * campaign in 2026.
     */
    public static List<Shock> defaultShocks() {
        return List.of(
                new Shock(LocalDate.of(2022, 2, 1), "Omstreden landelijke maatregel",
                        List.of("overheidsmaatregelen", "complotdenken"), List.of(), 1.5, 30.0),
                new Shock(LocalDate.of(2023, 10, 10), "Internationaal conflict met weerslag in de stad",
                        List.of("religie", "wij-zij", "discriminatie"), List.of(), 2.0, 40.0),
                new Shock(LocalDate.of(2024, 6, 1), "Klimaatmaatregel in de regio", List.of("milieu-klimaat"),
                        List.of(), 1.0, 30.0),
                new Shock(LocalDate.of(2025, 3, 1), "Golf van desinformatie", List.of("complotdenken"), List.of(),
                        1.0, 20.0),
                new Shock(LocalDate.of(2026, 2, 15), "Verkiezingscampagne",
                        List.of("wij-zij", "rechtsextremisme", "linksextremisme"), List.of(), 1.0, 30.0));
    }

    /**
     * The synthetic network.
     *
     * @param keyPersons         how many key persons the network has once built up (default 60)
     * @param buildUpDays        key persons join on days spread over this many days from the start (default 365;
     *                           0: all on the first day)
     * @param yearlyTurnover     the share of active key persons that leaves in a year (default 0.1); each one who
     *                           leaves is replaced, in the same wijk, after {@code replacementDays}
     * @param replacementDays    days until a leaver is replaced (default 90)
     * @param tiesPerKeyPerson   ties per key person on average, most within the wijk (default 2)
     * @param pollConsent        the share of key persons who agreed to temperature polls (default 0.8)
     * @param professionals      neighbourhood professionals besides the coordinator, each for some wijken
     *                           (default 3)
     * @param members            an explicit network instead of a generated one: each member's buurten and themes
     *                           (the staff page's "current network"); all join on the first day
     */
    public record Network(Integer keyPersons, Integer buildUpDays, Double yearlyTurnover, Integer replacementDays,
            Double tiesPerKeyPerson, Double pollConsent, Integer professionals, List<Member> members) {

        public Network {
            keyPersons = orDefault(keyPersons, 60);
            buildUpDays = orDefault(buildUpDays, 365);
            yearlyTurnover = orDefault(yearlyTurnover, 0.1);
            replacementDays = orDefault(replacementDays, 90);
            tiesPerKeyPerson = orDefault(tiesPerKeyPerson, 2.0);
            pollConsent = orDefault(pollConsent, 0.8);
            professionals = orDefault(professionals, 3);
            members = members == null ? List.of() : List.copyOf(members);
            checkArgument(keyPersons >= 0 && keyPersons <= 2000, "network.keyPersons is 0 to 2000: %s", keyPersons);
            checkArgument(buildUpDays >= 0, "network.buildUpDays is 0 or more: %s", buildUpDays);
            checkArgument(yearlyTurnover >= 0 && yearlyTurnover <= 1, "network.yearlyTurnover is 0 to 1: %s",
                    yearlyTurnover);
            checkArgument(replacementDays >= 1, "network.replacementDays is 1 or more: %s", replacementDays);
            checkArgument(tiesPerKeyPerson >= 0 && tiesPerKeyPerson <= 20, "network.tiesPerKeyPerson is 0 to 20");
            checkArgument(pollConsent >= 0 && pollConsent <= 1, "network.pollConsent is 0 to 1: %s", pollConsent);
            checkArgument(professionals >= 0 && professionals <= 50, "network.professionals is 0 to 50");
        }

        public static Network defaults() {
            return new Network(null, null, null, null, null, null, null, null);
        }

        public Network withMembers(List<Member> value) {
            return new Network(value.size(), 0, yearlyTurnover, replacementDays, tiesPerKeyPerson, pollConsent,
                    professionals, value);
        }
    }

    /** A key person of an explicit network: where active and on which themes; no name, nothing else. */
    public record Member(List<String> buurten, List<String> themes) {

        public Member {
            buurten = buurten == null ? List.of() : List.copyOf(buurten);
            themes = themes == null ? List.of() : List.copyOf(themes);
            checkArgument(!buurten.isEmpty(), "a member is active in at least one buurt");
        }
    }

    /**
     * How tension arises: incidents in a buurt × theme, each making further incidents there more likely for a while
     * (self-excitation), on top of a base rate that shocks raise.
     *
     * @param incidentsPerYear  incidents in the whole city in a year, without shocks (default 400); spread over the
     *                          buurten by inhabitants and over the themes by {@code themeWeights}
     * @param selfExcitation    the expected number of follow-up incidents one incident causes (default 0.5; below 1)
     * @param excitationDays    how long that effect lasts: it falls by e each this many days (default 7)
     * @param fadeHalfLifeDays  after how many days tension without new incidents is half what it was (default 14)
     * @param episodeThreshold  tension from which a buurt × theme counts as a flare-up ("episode") to be detected
     *                          (default 3: one serious incident, or a few lighter ones)
     * @param themeWeights      relative weight per theme code (default 1 each)
     */
    public record Tension(Double incidentsPerYear, Double selfExcitation, Double excitationDays,
            Double fadeHalfLifeDays, Double episodeThreshold, Map<String, Double> themeWeights) {

        public Tension {
            incidentsPerYear = orDefault(incidentsPerYear, 400.0);
            selfExcitation = orDefault(selfExcitation, 0.5);
            excitationDays = orDefault(excitationDays, 7.0);
            fadeHalfLifeDays = orDefault(fadeHalfLifeDays, 14.0);
            episodeThreshold = orDefault(episodeThreshold, 3.0);
            themeWeights = themeWeights == null ? Map.of() : new LinkedHashMap<>(themeWeights);
            checkArgument(incidentsPerYear >= 0 && incidentsPerYear <= 100_000, "tension.incidentsPerYear");
            checkArgument(selfExcitation >= 0 && selfExcitation < 1, "tension.selfExcitation is 0 to below 1: %s",
                    selfExcitation);
            checkArgument(excitationDays > 0 && fadeHalfLifeDays > 0 && episodeThreshold > 0,
                    "tension.excitationDays, fadeHalfLifeDays and episodeThreshold are positive");
            themeWeights.values().forEach(w -> checkArgument(w != null && w >= 0, "tension.themeWeights are >= 0"));
        }

        public static Tension defaults() {
            return new Tension(null, null, null, null, null, null);
        }

        public double themeWeight(String theme) {
            return themeWeights.getOrDefault(theme, 1.0);
        }
    }

    /**
     * An external shock: the base rate of the themes (in the wijken named, or everywhere) is multiplied by
     * {@code 1 + strength}, falling back by e every {@code days}.
     */
    public record Shock(LocalDate date, String name, List<String> themes, List<String> wijken, Double strength,
            Double days) {

        public Shock {
            Objects.requireNonNull(date, "a shock has a date");
            name = name == null ? "schok" : name;
            themes = themes == null ? List.of() : List.copyOf(themes);
            wijken = wijken == null ? List.of() : List.copyOf(wijken);
            strength = orDefault(strength, 1.0);
            days = orDefault(days, 30.0);
            checkArgument(strength >= 0 && days > 0, "a shock's strength is 0 or more and its days positive");
        }
    }

    /**
     * How incidents are noticed and reported.
     *
     * @param keyPersonNotices   the chance that an active key person on the buurt and theme notices an incident
     *                           (default 0.5)
     * @param neighbourNotices   the chance for a key person in the buurt on another theme, or tied to one who is on
     *                           it (default 0.15)
     * @param othersNotice       the chance that anyone else (residents, partners, media) reports an incident of
     *                           intensity 3; proportional to the intensity (default 0.2)
     * @param keyPersonDelayDays mean days from incident to a key person's report (default 1)
     * @param othersDelayDays    mean days from incident to anyone else's report (default 10)
     */
    public record Detection(Double keyPersonNotices, Double neighbourNotices, Double othersNotice,
            Double keyPersonDelayDays, Double othersDelayDays) {

        public Detection {
            keyPersonNotices = orDefault(keyPersonNotices, 0.5);
            neighbourNotices = orDefault(neighbourNotices, 0.15);
            othersNotice = orDefault(othersNotice, 0.2);
            keyPersonDelayDays = orDefault(keyPersonDelayDays, 1.0);
            othersDelayDays = orDefault(othersDelayDays, 10.0);
            for (double p : new double[] {keyPersonNotices, neighbourNotices, othersNotice}) {
                checkArgument(p >= 0 && p <= 1, "detection chances are 0 to 1");
            }
            checkArgument(keyPersonDelayDays >= 0 && othersDelayDays >= 0, "detection delays are 0 or more");
        }

        public static Detection defaults() {
            return new Detection(null, null, null, null, null);
        }
    }

    /**
     * What the municipality does.
     *
     * @param assessmentDays    days a signal waits before staff assess it (default 2)
     * @param assessmentsPerDay signals one staff member assesses in a day at most (default 4)
     * @param interveneAt       the level of the buurt × theme (computed by the core) from which an assessed signal
     *                          leads to an intervention (default TENSE); below it: no action
     * @param exitLevel         the exit criteria's level (default CALM)
     * @param exitDays          the exit criteria's days (default 28)
     * @param reviewEveryDays   how often staff review running interventions: step down a level when the core
     *                          allows withdrawal, back to LEAD when it escalates (default 7)
     * @param closeAfterDays    days after withdrawal an intervention is closed with its evaluation (default 28)
     * @param pollEveryDays     temperature polls: 0 none, up to 10 weekly, otherwise monthly rounds (default 30)
     * @param pollResponse      the share of invited key persons who answer (default 0.6)
     */
    public record Policy(Integer assessmentDays, Integer assessmentsPerDay, String interveneAt, String exitLevel,
            Integer exitDays, Integer reviewEveryDays, Integer closeAfterDays, Integer pollEveryDays,
            Double pollResponse) {

        public Policy {
            assessmentDays = orDefault(assessmentDays, 2);
            assessmentsPerDay = orDefault(assessmentsPerDay, 4);
            interveneAt = interveneAt == null ? "TENSE" : interveneAt.strip().toUpperCase(java.util.Locale.ROOT);
            exitLevel = exitLevel == null ? "CALM" : exitLevel.strip().toUpperCase(java.util.Locale.ROOT);
            exitDays = orDefault(exitDays, 28);
            reviewEveryDays = orDefault(reviewEveryDays, 7);
            closeAfterDays = orDefault(closeAfterDays, 28);
            pollEveryDays = orDefault(pollEveryDays, 30);
            pollResponse = orDefault(pollResponse, 0.6);
            checkArgument(assessmentDays >= 0 && assessmentDays <= 365, "policy.assessmentDays is 0 to 365");
            checkArgument(assessmentsPerDay >= 1, "policy.assessmentsPerDay is 1 or more");
            checkArgument(List.of("CALM", "TENSE", "HEATED", "ESCALATING").contains(interveneAt),
                    "policy.interveneAt is CALM, TENSE, HEATED or ESCALATING: %s", interveneAt);
            checkArgument(List.of("CALM", "TENSE", "HEATED").contains(exitLevel),
                    "policy.exitLevel is CALM, TENSE or HEATED: %s", exitLevel);
            checkArgument(exitDays >= 1 && exitDays <= 365, "policy.exitDays is 1 to 365");
            checkArgument(reviewEveryDays >= 1 && closeAfterDays >= 0 && pollEveryDays >= 0,
                    "policy.reviewEveryDays is 1 or more, closeAfterDays and pollEveryDays 0 or more");
            checkArgument(pollResponse >= 0 && pollResponse <= 1, "policy.pollResponse is 0 to 1");
        }

        public static Policy defaults() {
            return new Policy(null, null, null, null, null, null, null, null, null);
        }

        public Policy withAssessmentDays(int value) {
            return new Policy(value, assessmentsPerDay, interveneAt, exitLevel, exitDays, reviewEveryDays,
                    closeAfterDays, pollEveryDays, pollResponse);
        }
    }

    /**
     * What an intervention does to the simulated tension: from {@code delayDays} after its start, the rate of new
     * incidents in its scope is lowered by {@code cooling} while the municipality leads, by two thirds of it while it
     * contributes and by a third while it monitors; nothing after withdrawal.
     */
    public record Effect(Integer delayDays, Double cooling) {

        public Effect {
            delayDays = orDefault(delayDays, 7);
            cooling = orDefault(cooling, 0.6);
            checkArgument(delayDays >= 0 && cooling >= 0 && cooling <= 1,
                    "interventions.delayDays is 0 or more, cooling 0 to 1");
        }

        public static Effect defaults() {
            return new Effect(null, null);
        }
    }

    /** Changes to the network before the run: key persons taken out of a wijk, or added to it. */
    public record WhatIf(List<Change> removeKeyPersons, List<Change> addKeyPersons) {

        public WhatIf {
            removeKeyPersons = removeKeyPersons == null ? List.of() : List.copyOf(removeKeyPersons);
            addKeyPersons = addKeyPersons == null ? List.of() : List.copyOf(addKeyPersons);
        }

        public static WhatIf none() {
            return new WhatIf(List.of(), List.of());
        }

        public boolean changesNothing() {
            return removeKeyPersons.isEmpty() && addKeyPersons.isEmpty();
        }
    }

    /**
     * @param wijk   a wijk code such as WK093502
     * @param count  how many key persons (to remove: at most those there are; -1: all)
     * @param themes for added key persons, their themes (default: two drawn by the theme weights)
     */
    public record Change(String wijk, Integer count, List<String> themes) {

        public Change {
            Objects.requireNonNull(wijk, "a change names its wijk");
            wijk = wijk.strip().toUpperCase(java.util.Locale.ROOT);
            count = orDefault(count, 1);
            themes = themes == null ? List.of() : List.copyOf(themes);
            checkArgument(count >= -1, "a change's count is -1 (all) or more");
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
