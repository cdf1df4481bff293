package nl.sleutelnet.application.port.out;

import nl.sleutelnet.domain.network.KeyPersonId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundId;
import nl.sleutelnet.domain.poll.PollRoundStatus;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;

/**
 * Poll rounds and their invitations (with the answers). It also gives the temperature the answers of a window
 * ({@link PollAnswerEvidence}), read through an index on the moment of answering, never by scanning all history.
 */
public interface PollRepository extends PollAnswerEvidence {

    /**
     * Which rounds to list; every part optional (null or empty).
     *
     * @param within only rounds about at least one of these buurten (a professional's own); empty: all
     */
    record RoundSearch(Set<PollRoundStatus> statuses, Set<NeighbourhoodCode> within, PageRequest page) {
    }

    /** How many invitations a round has, and how many of them were answered. */
    record ResponseCount(int invited, int answered) {
    }

    Optional<PollRound> findRound(PollRoundId id);

    /** A page of the rounds that match, the latest opening first (then by id). */
    Page<PollRound> searchRounds(RoundSearch search);

    /** The rounds that are scheduled or open: the housekeeping's work. Ordered by their open time. */
    List<PollRound> findUnclosedRounds();

    /** Stores a new or changed round with the version check of {@link ThemeRepository#save}. */
    PollRound saveRound(PollRound round);

    /** The invitations of a round, ordered by id. */
    List<PollInvitation> findInvitations(PollRoundId round);

    /** The invitation any link with this hash was sent for (the current link or an older one). */
    Optional<PollInvitation> findInvitationByTokenHash(String tokenHash);

    /** Invited and answered per round, for a list of rounds; a round without invitations counts 0 and 0. */
    Map<PollRoundId, ResponseCount> responseCounts(Collection<PollRoundId> rounds);

    /**
     * Stores a new or changed invitation with the version check of {@link ThemeRepository#save}. A second invitation
     * of the same key person to the same round is refused ({@code poll.invitation.exists}).
     */
    PollInvitation saveInvitation(PollInvitation invitation);

    /** Every invitation of this key person, in any round. */
    List<PollInvitation> findInvitationsOf(KeyPersonId keyPerson);

    /** The rounds that list this key person as not invited. */
    List<PollRound> findRoundsNotInviting(KeyPersonId keyPerson);
}
