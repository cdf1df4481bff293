package nl.sleutelnet.application.port.in.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.TieId;
import nl.sleutelnet.domain.network.TieKind;

/**
 * A tie to make ({@code id} null) or change ({@code id} and {@code expectedVersion}); the two ends cannot change.
 *
 * @param aKind KEY_PERSON or PARTNER
 * @param kind  KNOWS, WORKS_WITH or REFERRED
 */
public record TieCommand(UUID id, @NotBlank String aKind, @NotNull UUID a, @NotBlank String bKind, @NotNull UUID b,
        @NotBlank String kind, @NotNull @Min(1) @Max(5) Integer strength, @NotNull LocalDate since,
        LocalDate lastContact, @PositiveOrZero long expectedVersion) {

    public TieCommand(UUID id, String aKind, UUID a, String bKind, UUID b, String kind, Integer strength,
            LocalDate since, LocalDate lastContact, long expectedVersion) {
        this.id = id;
        this.aKind = aKind;
        this.a = a;
        this.bKind = bKind;
        this.b = b;
        this.kind = kind;
        this.strength = strength;
        this.since = since;
        this.lastContact = lastContact;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("aKind", () -> member(aKind, a))
                .field("bKind", () -> member(bKind, b))
                .field("kind", this::tieKind));
    }

    public TieId tieId() {
        return new TieId(id);
    }

    public MemberRef memberA() {
        return member(aKind, a);
    }

    public MemberRef memberB() {
        return member(bKind, b);
    }

    public TieKind tieKind() {
        return LegalBasisInput.parse(TieKind.class, kind, "tie.kind.unknown");
    }

    private static MemberRef member(String kind, UUID id) {
        return new MemberRef(LegalBasisInput.parse(MemberKind.class, kind, "member.kind.unknown"),
                id == null ? new UUID(0, 0) : id);
    }
}
