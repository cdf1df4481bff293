package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.poll.AnswerPollCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollUseCase;
import nl.sleutelnet.application.port.in.poll.AnswerReceipt;
import nl.sleutelnet.application.port.in.poll.InvitationView;
import nl.sleutelnet.application.port.in.poll.ShowPollInvitationUseCase;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.poll.PollAnswer;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollToken;
import nl.sleutelnet.domain.poll.TokenState;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The key person's side of a poll, through the personal link and without an account: what the link asks (or why it
 * no longer works), and the answer. After an answer is stored the {@link TemperatureWatch} hears it as evidence per
 * buurt × theme.
 */
public final class PollAnswerService implements ShowPollInvitationUseCase, AnswerPollUseCase {

    private final PollRepository polls;
    private final KeyPersonRepository keyPersons;
    private final ThemeRepository themes;
    private final NeighbourhoodRegister register;
    private final Clock clock;
    private final TemperatureWatch watch;

    public PollAnswerService(PollRepository polls, KeyPersonRepository keyPersons, ThemeRepository themes,
            NeighbourhoodRegister register, Clock clock, TemperatureWatch watch) {
        this.polls = checkNotNull(polls, "polls");
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.themes = checkNotNull(themes, "themes");
        this.register = checkNotNull(register, "register");
        this.clock = checkNotNull(clock, "clock");
        this.watch = checkNotNull(watch, "watch");
    }

    /** An invitation found by a link, with its round and what the link is worth now. */
    private record Found(PollInvitation invitation, PollRound round, String hash, TokenState state) {
    }

    @Override
    public InvitationView showInvitation(String token) {
        Found found = find(token, clock.instant());
        if (found.state() != TokenState.VALID) {
            return InvitationView.of(found.state());
        }
        Map<ThemeCode, String> names = themes.findAll().stream().collect(Collectors.toMap(Theme::code, Theme::name));
        return new InvitationView(TokenState.VALID,
                found.round().plan().themes().stream()
                        .map(t -> new InvitationView.Choice(t.value(), names.getOrDefault(t, t.value()))).toList(),
                found.invitation().neighbourhoods().stream()
                        .map(b -> new InvitationView.Choice(b.value(),
                                register.neighbourhood(b).map(Neighbourhood::name).orElse(b.value()))).toList(),
                found.round().plan().closesAt());
    }

    @Override
    public AnswerReceipt answerPoll(AnswerPollCommand command) {
        Instant now = clock.instant();
        Found found = find(command.token(), now);
        if (found.state() != TokenState.VALID) {
            throw PollInvitation.refusal(found.state());
        }
        Map<ThemeCode, Integer> ratings = command.themeRatings();
        PollInvitation answered = found.invitation().answer(found.hash(), found.round(),
                new PollAnswer(ratings, command.remark(), now));
        PollInvitation saved;
        try {
            saved = polls.saveInvitation(answered);
        } catch (StaleVersionException e) {
            // the same invitation was answered (or sent again) a moment ago
            throw PollInvitation.refusal(find(command.token(), now).state());
        }
        watch.answersGiven(saved.evidence());
        return new AnswerReceipt(now, ratings.size());
    }

    private Found find(String raw, Instant now) {
        Optional<PollToken> token = PollToken.parse(raw);
        if (token.isEmpty()) {
            return new Found(null, null, null, TokenState.UNKNOWN);
        }
        String hash = token.get().hash();
        Optional<PollInvitation> invitation = polls.findInvitationByTokenHash(hash);
        Optional<PollRound> round = invitation.flatMap(i -> polls.findRound(i.round()));
        if (invitation.isEmpty() || round.isEmpty()) {
            return new Found(null, null, hash, TokenState.UNKNOWN);
        }
        TokenState state = invitation.get().stateOf(hash, now, round.get());
        if (state == TokenState.VALID && !keyPersons.findById(invitation.get().keyPerson())
                .filter(PollService::takesPartInPolls).isPresent()) {
            state = TokenState.NOT_ACTIVE;
        }
        return new Found(invitation.get(), round.get(), hash, state);
    }
}
