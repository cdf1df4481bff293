package nl.sleutelnet.application.port.in.network;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.network.LegalBasis;
import nl.sleutelnet.domain.network.LegalGround;
import nl.sleutelnet.domain.network.ProcessingPurpose;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * A legal basis as a form or an import row gives it.
 *
 * @param ground     CONSENT, PUBLIC_TASK or LEGAL_OBLIGATION
 * @param recordedOn for consent the day it was given, otherwise the day the basis was recorded
 * @param purposes   NETWORK_CONTACT, SIGNALS, POLLS, INTERVENTIONS; at least one
 * @param howGiven   consent only
 * @param reference  other grounds only
 */
public record LegalBasisInput(@NotBlank String ground, @NotNull LocalDate recordedOn, @NotEmpty List<String> purposes,
        String howGiven, String reference) {

    public LegalBasisInput(String ground, LocalDate recordedOn, List<String> purposes, String howGiven,
            String reference) {
        this.ground = ground;
        this.recordedOn = recordedOn;
        this.purposes = purposes == null ? null : ImmutableList.copyOf(purposes);
        this.howGiven = howGiven;
        this.reference = reference;
        SelfValidating.validate(this, checks -> checks
                .field("ground", () -> ground(ground))
                .each("purposes", this.purposes, LegalBasisInput::purpose)
                .across(List.of("ground", "recordedOn", "purposes"), this::toLegalBasis,
                        e -> e.code().contains("reference") ? "reference"
                                : e.code().contains("how-given") ? "howGiven" : "ground"));
    }

    public LegalBasis toLegalBasis() {
        Set<ProcessingPurpose> parsed = EnumSet.noneOf(ProcessingPurpose.class);
        purposes.forEach(p -> parsed.add(purpose(p)));
        return new LegalBasis(ground(ground), recordedOn, parsed, howGiven, reference, null);
    }

    static LegalGround ground(String text) {
        return parse(LegalGround.class, text, "legal-basis.ground.unknown");
    }

    static ProcessingPurpose purpose(String text) {
        return parse(ProcessingPurpose.class, text, "legal-basis.purpose.unknown");
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String code) {
        if (text != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return constant;
                }
            }
        }
        throw DomainException.invalid(code, "'%s' is not one of %s.", text, EnumSet.allOf(type));
    }
}
