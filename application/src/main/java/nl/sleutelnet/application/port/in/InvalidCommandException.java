package nl.sleutelnet.application.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.shared.DomainException;

/** A command was refused because of its content: every field error is listed at once, so the user fixes all. */
public final class InvalidCommandException extends DomainException {

    private final List<FieldViolation> violations;

    public InvalidCommandException(List<FieldViolation> violations) {
        super(Kind.INVALID, "command.invalid", violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; ", "Please correct: ", "")));
        this.violations = ImmutableList.copyOf(violations);
    }

    public static InvalidCommandException of(String field, String code, String message) {
        return new InvalidCommandException(List.of(new FieldViolation(field, code, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
