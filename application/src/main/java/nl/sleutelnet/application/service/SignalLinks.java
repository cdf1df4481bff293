package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalStatus;

/**
 * The one place where signals and interventions are linked, so both sides always agree: a signal ACTED with an
 * intervention is listed by that intervention, and an intervention lists only signals that are ACTED with it.
 *
 * <ul>
 *   <li>From the signal (the ACT step of handling a signal): the intervention must exist, be visible to the actor and
 *       still be open; it lists the signal, and the signal becomes ACTED with it.</li>
 *   <li>From the intervention (planned with signals, or a signal linked later): every signal must be ASSESSED; it
 *       becomes ACTED with the intervention.</li>
 * </ul>
 *
 * <p>Either way the signal must have been assessed first (duiden before handelen): a RECEIVED signal is refused with
 * {@code intervention.signal.not-assessed}, never linked half. A signal already taken up by another intervention is
 * refused ({@code intervention.signal.taken-up}), as are signals with no action or closed
 * ({@code intervention.signal.status}), and a signal that shares no buurt or no theme with the scope
 * ({@code intervention.signal.outside-scope}). After every change of a signal the {@link TemperatureWatch} hears it, as
 * for every other step of a signal.
 */
public final class SignalLinks {

    private final SignalRepository signals;
    private final InterventionRepository interventions;
    private final TemperatureWatch watch;

    public SignalLinks(SignalRepository signals, InterventionRepository interventions, TemperatureWatch watch) {
        this.signals = checkNotNull(signals, "signals");
        this.interventions = checkNotNull(interventions, "interventions");
        this.watch = checkNotNull(watch, "watch");
    }

    /**
     * The ACT step of a signal: the intervention lists it and it becomes ACTED. An intervention the actor cannot see
     * is answered as unknown ({@code intervention.not-found} on the field {@code intervention}).
     *
     * @return the signal as stored
     */
    Signal actOn(Actor actor, Signal signal, UUID interventionId, Instant now) {
        Intervention intervention = interventions.findById(new InterventionId(interventionId))
                .filter(i -> InterventionAccess.sees(actor, i))
                .orElseThrow(() -> InvalidCommandException.of("intervention", "intervention.not-found",
                        "There is no intervention " + interventionId + " (or you cannot see it)."));
        refusal(signal, intervention.scope(), intervention.id()).ifPresent(e -> {
            throw e;
        });
        if (!intervention.signals().contains(signal.id())) {
            interventions.save(intervention.linkSignal(signal.id(), now, actor.accountId()));
        }
        return act(signal, intervention.id(), now, actor);
    }

    /**
     * Why {@code signal} cannot be taken up by the intervention {@code by} with this scope, if it cannot.
     *
     * @param by the intervention, or null for one being planned
     */
    Optional<DomainException> refusal(Signal signal, Scope scope, InterventionId by) {
        SignalStatus status = signal.status();
        if (status == SignalStatus.RECEIVED) {
            return Optional.of(DomainException.conflict("intervention.signal.not-assessed", "Signal %s has not been "
                    + "assessed yet: assess it first (duiden), then take it up in an intervention (handelen).",
                    signal.id()));
        }
        if (status == SignalStatus.ACTED) {
            UUID other = signal.interventionId().orElse(null);
            if (by == null || !by.value().equals(other)) {
                return Optional.of(DomainException.conflict("intervention.signal.taken-up", "Signal %s is already "
                        + "taken up by intervention %s.", signal.id(), other));
            }
        } else if (status != SignalStatus.ASSESSED) {
            return Optional.of(DomainException.conflict("intervention.signal.status", "Signal %s is %s; only an "
                    + "assessed signal can be taken up in an intervention. Report the tension again if it returns.",
                    signal.id(), status));
        }
        boolean buurt = signal.content().neighbourhoods().stream().anyMatch(scope.buurten()::contains);
        boolean theme = signal.content().themes().stream().anyMatch(scope.themes()::contains);
        if (!buurt || !theme) {
            return Optional.of(DomainException.invalid("intervention.signal.outside-scope", "Signal %s is about "
                    + "something outside the scope %s: it must share a buurt and a theme with it.",
                    signal.id(), scope));
        }
        return Optional.empty();
    }

    /** The signals an intervention was just planned with, or linked to, become ACTED with it. */
    void actedOn(Collection<Signal> taken, InterventionId by, Instant now, Actor actor) {
        for (Signal signal : taken) {
            if (signal.status() != SignalStatus.ACTED) {
                act(signal, by, now, actor);
            }
        }
    }

    private Signal act(Signal signal, InterventionId by, Instant now, Actor actor) {
        if (signal.status() == SignalStatus.ACTED) {
            return signal;
        }
        Signal saved = signals.save(signal.actOn(by.value(), now, actor.accountId()));
        watch.signalChanged(Optional.of(signal), saved);
        return saved;
    }
}
