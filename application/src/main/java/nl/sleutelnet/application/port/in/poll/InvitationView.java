package nl.sleutelnet.application.port.in.poll;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import nl.sleutelnet.domain.poll.TokenState;

/**
 * What a personal link shows: when it is {@code VALID}, the themes to rate, the buurten the answer counts for and
 * until when it can be given; otherwise only its state.
 */
public record InvitationView(TokenState state, List<Choice> themes, List<Choice> neighbourhoods, Instant closesAt) {

    public InvitationView {
        themes = ImmutableList.copyOf(themes);
        neighbourhoods = ImmutableList.copyOf(neighbourhoods);
    }

    /** A theme or buurt by code, with its name. */
    public record Choice(String code, String name) {
    }

    public static InvitationView of(TokenState state) {
        return new InvitationView(state, List.of(), List.of(), null);
    }
}
