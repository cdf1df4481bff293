package nl.sleutelnet.application.port.in.simulation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A what-if on the current network.
 *
 * @param changes per wijk code, how many key persons fewer (negative) or more (positive); wijken left out or at 0
 *                stay as they are; at least one change
 * @param seeds   how many simulated cities to average over, 1 to 100
 * @param years   how long each simulation runs from today, 1 to 5 years
 */
public record WhatIfSimulationCommand(Map<String, Integer> changes, @NotNull @Min(1) @Max(100) Integer seeds,
        @NotNull @Min(1) @Max(5) Integer years) {

    public static final int MAX_CHANGE = 50;

    public WhatIfSimulationCommand(Map<String, Integer> changes, Integer seeds, Integer years) {
        Map<String, Integer> given = new LinkedHashMap<>();
        if (changes != null) {
            changes.forEach((wijk, change) -> {
                if (wijk != null && change != null && change != 0) {
                    given.put(wijk.strip(), change);
                }
            });
        }
        this.changes = java.util.Collections.unmodifiableMap(given);
        this.seeds = seeds;
        this.years = years;
        SelfValidating.validate(this, checks -> {
            checks.field("changes", () -> Invariants.require(!given.isEmpty(), "simulation.changes.empty",
                    "Take key persons out of a wijk or add some: at least one wijk with a change."));
            given.forEach((wijk, change) -> checks.field("changes." + wijk, () -> {
                DistrictCode.of(wijk);
                Invariants.require(Math.abs(change) <= MAX_CHANGE, "simulation.change.too-large",
                        "A change is at most %d key persons fewer or more per wijk.", MAX_CHANGE);
            }));
        });
    }

    /** The wijken in the order given, with their change. */
    public List<Map.Entry<DistrictCode, Integer>> parsedChanges() {
        return changes.entrySet().stream().map(e -> Map.entry(DistrictCode.of(e.getKey()), e.getValue())).toList();
    }
}
