package nl.sleutelnet.domain.poll;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * What a round brought in: how many were invited and answered, in all and per buurt (an invitation counts for each of
 * the key person's buurten in the round), and per buurt × theme the number of ratings, their mean and their
 * distribution over 1 to 10; and the remarks. Figures only, no names: who answered what is not shown.
 */
public record PollResults(Response overall, List<BuurtResponse> perBuurt, List<ThemeFigures> figures,
        List<Remark> remarks) {

    public PollResults {
        checkNotNull(overall, "overall");
        perBuurt = ImmutableList.copyOf(perBuurt);
        figures = ImmutableList.copyOf(figures);
        remarks = ImmutableList.copyOf(remarks);
    }

    /** Invited and answered, and the rate between them (empty when nobody was invited). */
    public record Response(int invited, int answered) {

        public Response {
            checkArgument(invited >= 0 && answered >= 0 && answered <= invited, "0 <= answered <= invited");
        }

        /** The share that answered, from 0 to 1; empty when nobody was invited. */
        public Optional<Double> rate() {
            return invited == 0 ? Optional.empty() : Optional.of((double) answered / invited);
        }

        /** The rate as a whole percentage, rounded half up; empty when nobody was invited. */
        public Optional<Integer> percentage() {
            return rate().map(r -> (int) Math.round(r * 100));
        }
    }

    public record BuurtResponse(NeighbourhoodCode buurt, Response response) {
    }

    /**
     * The ratings of one theme in one buurt.
     *
     * @param distribution how many answers gave 1, 2, … 10 (index 0 is rating 1)
     */
    public record ThemeFigures(NeighbourhoodCode buurt, ThemeCode theme, int answers, List<Integer> distribution) {

        public ThemeFigures {
            distribution = ImmutableList.copyOf(distribution);
            checkArgument(distribution.size() == PollAnswer.HIGHEST, "ten counts");
            checkArgument(distribution.stream().mapToInt(Integer::intValue).sum() == answers, "counts add up");
        }

        /** The mean rating; empty without answers. */
        public Optional<Double> mean() {
            if (answers == 0) {
                return Optional.empty();
            }
            double sum = 0;
            for (int i = 0; i < distribution.size(); i++) {
                sum += (i + 1) * distribution.get(i);
            }
            return Optional.of(sum / answers);
        }
    }

    /** A remark with when it was given and the buurten it is about. */
    public record Remark(Instant answeredAt, Set<NeighbourhoodCode> buurten, String text) {

        public Remark {
            buurten = ImmutableSortedSet.copyOf(buurten);
        }
    }

    /** The results of a round over all its buurten. */
    public static PollResults of(PollRound round, List<PollInvitation> invitations) {
        return of(round, invitations, b -> true);
    }

    /**
     * The results of a round, for the buurten {@code shown} accepts only (a professional's own): per-buurt figures of
     * those buurten, and overall counts and remarks of the invitations that count for at least one of them.
     */
    public static PollResults of(PollRound round, List<PollInvitation> invitations,
            Predicate<NeighbourhoodCode> shown) {
        List<PollInvitation> counted = invitations.stream().filter(i -> i.round().equals(round.id()))
                .filter(i -> i.neighbourhoods().stream().anyMatch(shown)).toList();
        Response overall = new Response(counted.size(), (int) counted.stream().filter(PollInvitation::isAnswered)
                .count());
        List<BuurtResponse> perBuurt = new ArrayList<>();
        List<ThemeFigures> figures = new ArrayList<>();
        for (NeighbourhoodCode buurt : round.plan().neighbourhoods()) {
            if (!shown.test(buurt)) {
                continue;
            }
            List<PollInvitation> here = counted.stream().filter(i -> i.neighbourhoods().contains(buurt)).toList();
            perBuurt.add(new BuurtResponse(buurt, new Response(here.size(),
                    (int) here.stream().filter(PollInvitation::isAnswered).count())));
            for (ThemeCode theme : round.plan().themes()) {
                int[] counts = new int[PollAnswer.HIGHEST];
                int answers = 0;
                for (PollInvitation invitation : here) {
                    Integer rating = invitation.answer().map(a -> a.ratings().get(theme)).orElse(null);
                    if (rating != null) {
                        counts[rating - 1]++;
                        answers++;
                    }
                }
                List<Integer> distribution = new ArrayList<>();
                for (int count : counts) {
                    distribution.add(count);
                }
                figures.add(new ThemeFigures(buurt, theme, answers, distribution));
            }
        }
        List<Remark> remarks = new ArrayList<>();
        for (PollInvitation invitation : counted) {
            invitation.answer().filter(a -> !a.remark().isEmpty()).ifPresent(a -> remarks.add(new Remark(
                    a.answeredAt(), invitation.neighbourhoods(), a.remark())));
        }
        remarks.sort(Comparator.comparing(Remark::answeredAt));
        return new PollResults(overall, perBuurt, figures, remarks);
    }

    /** The same figures without the remarks (for who sees aggregates only). */
    public PollResults withoutRemarks() {
        return new PollResults(overall, perBuurt, figures, List.of());
    }

    /** The figures of one buurt × theme; empty when the round does not ask about it. */
    public Optional<ThemeFigures> figures(NeighbourhoodCode buurt, ThemeCode theme) {
        return figures.stream().filter(f -> f.buurt().equals(buurt) && f.theme().equals(theme)).findFirst();
    }
}
