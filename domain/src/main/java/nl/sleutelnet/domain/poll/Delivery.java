package nl.sleutelnet.domain.poll;

/**
 * Whether the last mail of an invitation (the invitation or a reminder) reached the mail server: {@code PENDING}
 * while it is being sent, {@code SENT} when the server took it, {@code FAILED} when it did not. A failed mail keeps
 * the invitation; the coordinator sees it on the round and can send it again.
 */
public enum Delivery {
    PENDING, SENT, FAILED
}
