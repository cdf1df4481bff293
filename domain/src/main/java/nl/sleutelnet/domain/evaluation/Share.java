package nl.sleutelnet.domain.evaluation;

/**
 * A part of a whole, such as the overdue share of signals: both counts and the fraction (0–1), which is null when
 * either count is suppressed or the whole is 0.
 */
public record Share(Count part, Count whole, Double fraction) {

    static Share of(int part, int whole, SmallCells cells) {
        Count p = cells.count(part);
        Count w = cells.count(whole);
        Double fraction = whole == 0 || p.suppressed() || w.suppressed() ? null : part / (double) whole;
        return new Share(p, w, fraction);
    }
}
