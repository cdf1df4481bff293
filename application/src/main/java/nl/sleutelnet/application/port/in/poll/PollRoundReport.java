package nl.sleutelnet.application.port.in.poll;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.poll.Delivery;
import nl.sleutelnet.domain.poll.PollResults;
import nl.sleutelnet.domain.poll.PollRound;

/**
 * A round with what it brought in. Figures for everyone who may see the round; for the coordinator also the remarks,
 * who was invited (whether their mail went out, was reminded, and whether they answered: never what), and who could
 * not be invited and why.
 *
 * @param full whether this is the coordinator's view (remarks, invitations, not invited)
 */
public record PollRoundReport(PollRound round, PollResults results, boolean full, List<InvitationLine> invitations,
        List<NotInvitedLine> notInvited) {

    public PollRoundReport {
        checkNotNull(round, "round");
        checkNotNull(results, "results");
        invitations = ImmutableList.copyOf(invitations);
        notInvited = ImmutableList.copyOf(notInvited);
    }

    /**
     * One invitation as the coordinator sees it.
     *
     * @param mailedAt        when the last mail went out or failed; null before the first
     * @param deliveryProblem why the last mail failed; empty otherwise
     */
    public record InvitationLine(UUID keyPerson, String name, Set<NeighbourhoodCode> buurten, Delivery delivery,
            String deliveryProblem, Instant mailedAt, Instant remindedAt, boolean answered) {
    }

    /** A key person of the round's buurten who got no invitation, and why. */
    public record NotInvitedLine(UUID keyPerson, String name, PollRound.Unreachable reason) {
    }

    /** The invitations whose last mail failed: the coordinator's to-do. */
    public List<InvitationLine> failedMails() {
        return invitations.stream().filter(i -> i.delivery() == Delivery.FAILED).toList();
    }
}
