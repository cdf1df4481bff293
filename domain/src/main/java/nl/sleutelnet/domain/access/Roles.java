package nl.sleutelnet.domain.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.shared.DomainException;

/** Reads a role from text, with a message that lists the roles there are. */
public final class Roles {

    private Roles() {
    }

    public static Role parse(String text) {
        if (text != null) {
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            for (Role role : Role.values()) {
                if (role.name().equals(wanted)) {
                    return role;
                }
            }
        }
        throw DomainException.invalid("role.unknown", "'%s' is not a role; choose from %s.", text,
                Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
