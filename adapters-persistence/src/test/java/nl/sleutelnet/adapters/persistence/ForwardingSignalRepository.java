package nl.sleutelnet.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.TrackingCode;

/**
 * A signal repository that hands every method the port requires to another one, for tests that change or watch one
 * method. The port's default methods are not forwarded: they run here, on top of the forwarded ones (so, for example,
 * {@code evidenceObservedSince(since)} reads whole signals through {@link #findObservedSince}).
 */
public abstract class ForwardingSignalRepository implements SignalRepository {

    private final SignalRepository delegate;

    protected ForwardingSignalRepository(SignalRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Signal> findById(SignalId id) {
        return delegate.findById(id);
    }

    @Override
    public Optional<KeyedSignal> findByRequestKey(AccountId account, String key) {
        return delegate.findByRequestKey(account, key);
    }

    @Override
    public Signal saveNew(Signal signal, RequestKey key) {
        return delegate.saveNew(signal, key);
    }

    @Override
    public Optional<Signal> findByTrackingCode(TrackingCode code) {
        return delegate.findByTrackingCode(code);
    }

    @Override
    public Page<Signal> search(Search search) {
        return delegate.search(search);
    }

    @Override
    public List<Signal> findObservedSince(Instant since) {
        return delegate.findObservedSince(since);
    }

    @Override
    public Signal save(Signal signal) {
        return delegate.save(signal);
    }

    @Override
    public List<Signal> findByReporter(UUID reporterId) {
        return delegate.findByReporter(reporterId);
    }
}
