package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionText;

/** Anything else that happened, on the timeline: a meeting held, a conversation, a change in the neighbourhood. */
public record AddNoteCommand(@NotNull UUID interventionId, @NotBlank String note,
        @PositiveOrZero long expectedVersion) {

    public AddNoteCommand(UUID interventionId, String note, long expectedVersion) {
        this.interventionId = interventionId;
        this.note = note;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("note", () -> InterventionText.required(note,
                Intervention.MAX_NOTE, "The note")));
    }
}
