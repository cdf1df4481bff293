package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Everything the temperature model may read: signals and poll answers, for any buurten and themes. The model picks
 * what belongs to the buurt × theme it is asked about and to the moment it is asked for, so a caller can hand over one
 * list for the whole city. It only needs what lies inside the windows of {@link TemperatureSettings}; older evidence
 * is allowed and ignored.
 *
 * <p>A signal or answer may appear at most once per buurt × theme: twice would count it twice. The model refuses
 * evidence that has one twice for a cell it reads ({@link IllegalArgumentException}, "... appears twice for ...");
 * the list as a whole is not checked when it is made (for a whole city's window that cost about a sixth of the map).
 */
public record Evidence(List<SignalEvidence> signals, List<PollEvidence> polls) {

    public Evidence {
        signals = ImmutableList.copyOf(signals);
        polls = ImmutableList.copyOf(polls);
    }

    public static Evidence of(Collection<SignalEvidence> signals, Collection<PollEvidence> polls) {
        return new Evidence(ImmutableList.copyOf(signals), ImmutableList.copyOf(polls));
    }

    public static Evidence none() {
        return new Evidence(List.of(), List.of());
    }

    public Evidence plus(SignalEvidence signal) {
        checkNotNull(signal, "signal");
        return new Evidence(ImmutableList.<SignalEvidence>builder().addAll(signals).add(signal).build(), polls);
    }

    public Evidence plus(PollEvidence answer) {
        checkNotNull(answer, "answer");
        return new Evidence(signals, ImmutableList.<PollEvidence>builder().addAll(polls).add(answer).build());
    }

    /** Only the evidence about {@code buurt} × {@code theme}, in the same order. */
    public Evidence about(NeighbourhoodCode buurt, ThemeCode theme) {
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        return new Evidence(
                signals.stream().filter(s -> s.buurt().equals(buurt) && s.theme().equals(theme)).toList(),
                polls.stream().filter(p -> p.buurt().equals(buurt) && p.theme().equals(theme)).toList());
    }
}
