package nl.sleutelnet.domain.programme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A programme of the municipality, such as "Aanpak polarisatie": the money it may spend (funding lines) and the
 * money it spent (costs), so that the evaluation can set what the approach cost against what it did.
 */
public final class Programme {

    /** The programme of the council decision of December 2021, seeded in every installation. */
    public static final ProgrammeId AANPAK_POLARISATIE = new ProgrammeId(
            UUID.fromString("5a1e0000-0000-4000-8000-000000000001"));
    /** The funding line of that decision. */
    public static final UUID COUNCIL_DECISION_2021_LINE = UUID.fromString("5a1e0000-0000-4000-8000-000000000002");
    public static final int MAX_NAME = 120;
    public static final int MAX_LINES = 50;
    public static final int MAX_COSTS = 5000;

    private final ProgrammeId id;
    private final String name;
    private final List<FundingLine> fundingLines;
    private final List<Cost> costs;
    private final long version;

    private Programme(ProgrammeId id, String name, List<FundingLine> fundingLines, List<Cost> costs, long version) {
        this.id = checkNotNull(id, "id");
        this.name = Invariants.requireText(name, MAX_NAME, "programme.name", "The name of a programme");
        this.fundingLines = ImmutableList.copyOf(fundingLines);
        this.costs = ImmutableList.copyOf(costs);
        Invariants.require(this.fundingLines.size() <= MAX_LINES, "programme.funding.too-many",
                "A programme has at most %d funding lines.", MAX_LINES);
        Invariants.require(this.costs.size() <= MAX_COSTS, "programme.cost.too-many",
                "A programme has at most %d costs.", MAX_COSTS);
        Set<UUID> ids = new HashSet<>();
        this.fundingLines.forEach(l -> Invariants.require(ids.add(l.id()), "programme.duplicate-id",
                "Funding line %s appears twice.", l.id()));
        this.costs.forEach(c -> Invariants.require(ids.add(c.id()), "programme.duplicate-id",
                "Cost %s appears twice.", c.id()));
        Invariants.require(version >= 0, "programme.version.invalid", "A version cannot be negative.");
        this.version = version;
    }

    public static Programme start(ProgrammeId id, String name) {
        return new Programme(id, name, List.of(), List.of(), 0);
    }

    /**
     * "Aanpak polarisatie" as the college decided on 21 December 2021: € 50.000 a year for 2022–2026 for the
     * regisseur aanpak polarisatie, from the Anti Discriminatie Voorziening Limburg funds in the Meicirculaire 2021.
     * The same as the database's seed (migration V12).
     */
    public static Programme aanpakPolarisatie() {
        return start(AANPAK_POLARISATIE, "Aanpak polarisatie").addFundingLine(new FundingLine(
                COUNCIL_DECISION_2021_LINE, "Anti Discriminatie Voorziening Limburg (Meicirculaire 2021)",
                "Regisseur aanpak polarisatie", 2022, 2026, Money.euros(50_000),
                "Besluit burgemeester en wethouders van 21 december 2021"));
    }

    public static Programme reconstitute(Snapshot s) {
        return new Programme(s.id(), s.name(), s.fundingLines(), s.costs(), s.version());
    }

    public Programme addFundingLine(FundingLine line) {
        checkNotNull(line, "line");
        List<FundingLine> more = new ArrayList<>(fundingLines);
        more.add(line);
        return new Programme(id, name, more, costs, version);
    }

    public Programme recordCost(Cost cost) {
        checkNotNull(cost, "cost");
        List<Cost> more = new ArrayList<>(costs);
        more.add(cost);
        return new Programme(id, name, fundingLines, more, version);
    }

    public Programme removeCost(UUID costId) {
        Cost cost = cost(costId).orElseThrow(() -> DomainException.notFound("programme.cost.not-found",
                "The programme has no cost %s; it may have been removed already.", costId));
        List<Cost> fewer = new ArrayList<>(costs);
        fewer.remove(cost);
        return new Programme(id, name, fundingLines, fewer, version);
    }

    public Optional<Cost> cost(UUID costId) {
        return costs.stream().filter(c -> c.id().equals(costId)).findFirst();
    }

    /** The budget of every funding line for the days of {@code [from, to]}, pro rata per calendar year. */
    public Money budget(LocalDate from, LocalDate to) {
        return fundingLines.stream().map(l -> l.budgetWithin(from, to)).reduce(Money.ZERO, Money::plus);
    }

    /** What was spent in {@code [from, to]}: every cost, pro rata for a cost over a period. */
    public Money spent(LocalDate from, LocalDate to) {
        return costs.stream().map(c -> c.within(from, to)).reduce(Money.ZERO, Money::plus);
    }

    public ProgrammeId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<FundingLine> fundingLines() {
        return fundingLines;
    }

    /** The costs, in the order recorded. */
    public List<Cost> costs() {
        return costs;
    }

    public long version() {
        return version;
    }

    public Programme withVersion(long newVersion) {
        return new Programme(id, name, fundingLines, costs, newVersion);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, name, fundingLines, costs, version);
    }

    public record Snapshot(ProgrammeId id, String name, List<FundingLine> fundingLines, List<Cost> costs,
            long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Programme p && p.snapshot().equals(snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Programme[" + id + ", " + name + ", " + fundingLines.size() + " lines, " + costs.size() + " costs, v"
                + version + "]";
    }
}
