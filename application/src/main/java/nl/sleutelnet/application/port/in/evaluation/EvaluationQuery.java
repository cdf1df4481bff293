package nl.sleutelnet.application.port.in.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.evaluation.ReportPeriod;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * Which report: a calendar year, or a range {@code from}–{@code to} (both included); the city (no wijk) or one wijk;
 * and whether small numbers are suppressed (the default; an analyst always gets them suppressed).
 *
 * @param year     a calendar year; or null with {@code from} and {@code to}
 * @param district a wijk code such as WK093500, or null for the city
 * @param suppress false only for the coordinator's own view with every number
 */
public record EvaluationQuery(@Min(2000) @Max(2100) Integer year, LocalDate from, LocalDate to, String district,
        Boolean suppress) {

    public EvaluationQuery(Integer year, LocalDate from, LocalDate to, String district, Boolean suppress) {
        this.year = year;
        this.from = from;
        this.to = to;
        this.district = district == null || district.isBlank() ? null : district.strip();
        this.suppress = suppress == null || suppress;
        SelfValidating.validate(this, checks -> checks
                .field("district", () -> districtCode())
                .field("year", () -> {
                    if (year == null && (from == null || to == null)) {
                        throw DomainException.invalid("period.missing",
                                "Choose a calendar year, or a first and a last day.");
                    }
                    if (year != null && (from != null || to != null)) {
                        throw DomainException.invalid("period.both",
                                "Choose either a calendar year or a first and a last day, not both.");
                    }
                })
                .across(java.util.List.of("year"), () -> period(), e -> "to"));
    }

    public static EvaluationQuery year(int year) {
        return new EvaluationQuery(year, null, null, null, true);
    }

    public ReportPeriod period() {
        return year != null ? ReportPeriod.year(year) : new ReportPeriod(from, to);
    }

    public Optional<DistrictCode> districtCode() {
        return Optional.ofNullable(district).map(DistrictCode::new);
    }
}
