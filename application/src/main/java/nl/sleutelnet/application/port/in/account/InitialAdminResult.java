package nl.sleutelnet.application.port.in.account;

import java.util.Optional;

/**
 * @param created           false when accounts existed already and nothing was done
 * @param username          the administrator's username, when created
 * @param generatedPassword the generated password, when one was generated: show it once
 */
public record InitialAdminResult(boolean created, String username, Optional<String> generatedPassword) {

    public static InitialAdminResult nothingToDo() {
        return new InitialAdminResult(false, null, Optional.empty());
    }

    @Override
    public String toString() {
        return "InitialAdminResult[created=" + created + ", username=" + username + "]";
    }
}
