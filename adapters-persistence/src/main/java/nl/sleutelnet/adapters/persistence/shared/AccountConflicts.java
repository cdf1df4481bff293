package nl.sleutelnet.adapters.persistence.shared;

import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.shared.DomainException;

/** The errors both adapters raise for the same account conflicts, word for word. */
public final class AccountConflicts {

    private AccountConflicts() {
    }

    public static DomainException usernameTaken(Username username) {
        return DomainException.conflict("account.username.taken",
                "There is already an account '%s'; choose another username.", username);
    }
}
