package nl.sleutelnet.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One thing wrong with one field of a command.
 *
 * @param field   the command's field name, e.g. {@code username} or {@code neighbourhoods[2]}
 * @param code    a stable identifier of the rule, e.g. {@code validation.NotBlank} or {@code account.username.invalid}
 * @param message what is wrong and how to fix it
 */
public record FieldViolation(String field, String code, String message) {

    public FieldViolation {
        checkNotNull(field, "field");
        checkNotNull(code, "code");
        checkNotNull(message, "message");
    }
}
