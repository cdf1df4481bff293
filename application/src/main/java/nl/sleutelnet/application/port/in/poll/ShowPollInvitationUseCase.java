package nl.sleutelnet.application.port.in.poll;

/**
 * For a key person without an account: what their personal link asks, or why it no longer works (unknown, expired,
 * answered, replaced by a newer link, round closed, no longer taking part).
 */
public interface ShowPollInvitationUseCase {

    InvitationView showInvitation(String token);
}
