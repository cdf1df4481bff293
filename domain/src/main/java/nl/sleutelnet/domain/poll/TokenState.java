package nl.sleutelnet.domain.poll;

/**
 * What a personal poll link is worth when someone opens it.
 *
 * <ul>
 *   <li>{@code VALID}: the key person can answer;</li>
 *   <li>{@code UNKNOWN}: no link like this was ever sent;</li>
 *   <li>{@code EXPIRED}: the round's close time has passed;</li>
 *   <li>{@code ANSWERED}: this invitation was answered already (links are single use);</li>
 *   <li>{@code REPLACED}: a newer link was sent (a reminder), and only the newest works;</li>
 *   <li>{@code ROUND_CLOSED}: the coordinator closed the round before its time;</li>
 *   <li>{@code NOT_ACTIVE}: the key person no longer takes part in polls (paused, departed or consent withdrawn).</li>
 * </ul>
 */
public enum TokenState {
    VALID, UNKNOWN, EXPIRED, ANSWERED, REPLACED, ROUND_CLOSED, NOT_ACTIVE
}
