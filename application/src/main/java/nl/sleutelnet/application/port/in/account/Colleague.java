package nl.sleutelnet.application.port.in.account;

import nl.sleutelnet.domain.account.AccountId;

/** A member of staff as others may see them: to choose a municipal contact person. */
public record Colleague(AccountId id, String displayName) {
}
