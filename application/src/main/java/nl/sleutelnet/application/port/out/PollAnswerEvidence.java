package nl.sleutelnet.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The poll answers the temperature reads: one piece of evidence per answer × buurt × theme, answered at or after
 * {@code from}. Work grows with this window, not with all history. The poll repository provides it. Never the same
 * answer twice for one buurt × theme: it would count twice, so the temperature model refuses such evidence (the
 * contract tests check every adapter for it).
 */
public interface PollAnswerEvidence {

    List<PollEvidence> answeredSince(Instant from);

    /**
     * Those of {@link #answeredSince(Instant)} about one of {@code buurten} and one of {@code themes}, in the same
     * order: all that the temperature of these buurten × themes needs. The temperature watch reads this after every
     * change (a report, a sighting, a poll answer), and an intervention's series for its scope. An adapter may answer it with a query of its own.
     */
    default List<PollEvidence> answeredSince(Instant from, Set<NeighbourhoodCode> buurten, Set<ThemeCode> themes) {
        return answeredSince(from).stream().filter(p -> buurten.contains(p.buurt()) && themes.contains(p.theme()))
                .toList();
    }

    /**
     * The round each answer was given in, for the explanation of a temperature; answers whose round is unknown are
     * left out. Never the respondent.
     */
    default Map<UUID, AnswerRound> roundsOf(Collection<UUID> answerIds) {
        return Map.of();
    }

    /**
     * A poll round as the explanation names it: by its occasion, e.g. "Maandpeiling maart 2026"; {@code null} for a
     * round without one (the UI then says "peilingronde").
     */
    record AnswerRound(UUID roundId, String name) {
        public AnswerRound {
            name = name == null || name.isBlank() ? null : name;
        }
    }
}
