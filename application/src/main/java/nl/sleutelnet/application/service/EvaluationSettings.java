package nl.sleutelnet.application.service;

import nl.sleutelnet.domain.evaluation.SmallCells;

/**
 * How the period report is made: the smallest group of persons a figure may show ({@code sleutelnet.evaluation.
 * minimum-group}, default 5); smaller non-zero counts show as "&lt; 5".
 */
public record EvaluationSettings(SmallCells smallCells) {

    public EvaluationSettings {
        java.util.Objects.requireNonNull(smallCells, "smallCells");
    }

    public static EvaluationSettings defaults() {
        return new EvaluationSettings(SmallCells.defaults());
    }
}
