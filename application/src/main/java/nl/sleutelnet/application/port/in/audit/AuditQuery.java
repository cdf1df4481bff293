package nl.sleutelnet.application.port.in.audit;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;

/**
 * The audit viewer's filters, as a user types them; every filter optional. The period is in whole days of the
 * municipality's time zone, both days included.
 */
public record AuditQuery(LocalDate from, LocalDate to, @Size(max = 100) String actor, @Size(max = 200) String action,
        @Size(max = 100) String objectType, @Size(max = 100) String objectId, String result, String purpose,
        boolean disclosuresOnly, int page, int size) {

    public AuditQuery(LocalDate from, LocalDate to, String actor, String action, String objectType, String objectId,
            String result, String purpose, boolean disclosuresOnly, int page, int size) {
        this.from = from;
        this.to = to;
        this.actor = blankToNull(actor);
        this.action = blankToNull(action);
        this.objectType = blankToNull(objectType);
        this.objectId = blankToNull(objectId);
        this.result = blankToNull(result);
        this.purpose = blankToNull(purpose);
        this.disclosuresOnly = disclosuresOnly;
        this.page = page;
        this.size = size;
        SelfValidating.validate(this, checks -> checks
                .field("result", this::resultFilter)
                .field("purpose", this::purposeFilter)
                .across(java.util.List.of("result", "purpose"), () -> filter(ZoneId.of("UTC")), e -> "to")
                .across(java.util.List.of(), this::pageRequest,
                        e -> e.code().equals("page.size.invalid") ? "size" : "page"));
    }

    public static AuditQuery everything(int page, int size) {
        return new AuditQuery(null, null, null, null, null, null, null, null, false, page, size);
    }

    public Optional<AuditResult> resultFilter() {
        return Optional.ofNullable(result).map(r -> parse(AuditResult.class, r, "audit.result.unknown"));
    }

    public Optional<AuditPurpose> purposeFilter() {
        return Optional.ofNullable(purpose)
                .map(p -> parse(AuditPurpose.class, p, "audit.purpose.unknown"));
    }

    /** The filter in moments: from the start of the first day to the end of the last, in the zone given. */
    public AuditFilter filter(ZoneId zone) {
        return new AuditFilter(Optional.ofNullable(from).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
                Optional.ofNullable(actor), Optional.ofNullable(action), Optional.ofNullable(objectType),
                Optional.ofNullable(objectId), resultFilter(), purposeFilter(), disclosuresOnly);
    }

    public PageRequest pageRequest() {
        return new PageRequest(page, size);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return constant;
            }
        }
        throw DomainException.invalid(code, "'%s' is not one of %s.", text, EnumSet.allOf(type));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
