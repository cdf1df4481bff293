package nl.sleutelnet.domain.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.AccountId;

/**
 * Who acted, as they were at that moment: an account (its id and username then), Sleutelnet itself, a key person
 * through their personal link (a poll link, a tracking code: the link is the key, the person is not signed in), or
 * nobody known yet (a sign-in that failed).
 *
 * @param account the account, only for {@link Kind#ACCOUNT}
 * @param name    the username at the time, or a fixed label for the other kinds
 */
public record AuditActor(Kind kind, Optional<AccountId> account, String name) {

    public enum Kind {
        ACCOUNT, SYSTEM, PERSONAL_LINK, ANONYMOUS
    }

    public AuditActor {
        checkNotNull(kind, "kind");
        checkNotNull(account, "account");
        checkNotNull(name, "name");
        checkArgument(account.isPresent() == (kind == Kind.ACCOUNT), "an account for ACCOUNT, and only then");
    }

    public static AuditActor of(Actor actor) {
        if (actor.isKeyPerson()) {
            return personalLink();
        }
        return actor.isSystem() ? system() : new AuditActor(Kind.ACCOUNT, Optional.of(actor.accountId()),
                actor.username());
    }

    public static AuditActor system() {
        return new AuditActor(Kind.SYSTEM, Optional.empty(), "system");
    }

    public static AuditActor personalLink() {
        return new AuditActor(Kind.PERSONAL_LINK, Optional.empty(), "personal link");
    }

    public static AuditActor anonymous() {
        return new AuditActor(Kind.ANONYMOUS, Optional.empty(), "anonymous");
    }
}
