package nl.sleutelnet.domain.poll;

/**
 * Where a round stands: {@code SCHEDULED} (its open time has not come; nobody is invited yet), {@code OPEN}
 * (invitations went out; key persons can answer until it closes) and {@code CLOSED} (final). A scheduled round can be
 * closed before it opens (cancelled).
 */
public enum PollRoundStatus {
    SCHEDULED, OPEN, CLOSED
}
