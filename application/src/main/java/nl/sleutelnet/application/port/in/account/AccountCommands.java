package nl.sleutelnet.application.port.in.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.access.Roles;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;

/** Parsing shared by the account commands. */
final class AccountCommands {

    private AccountCommands() {
    }

    static Role role(String text) {
        return Roles.parse(text);
    }

    static Set<Role> roles(List<String> texts) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        texts.forEach(t -> roles.add(Roles.parse(t)));
        return roles;
    }

    static Set<NeighbourhoodCode> neighbourhoods(List<String> texts) {
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        texts.forEach(t -> codes.add(NeighbourhoodCode.of(t)));
        return codes;
    }

    /** The password rule compares with the username; an invalid username is reported on its own field. */
    static Username usernameOrPlaceholder(String text) {
        try {
            return Username.of(text == null ? "" : text);
        } catch (DomainException e) {
            return Username.of("0-no-valid-username");
        }
    }
}
