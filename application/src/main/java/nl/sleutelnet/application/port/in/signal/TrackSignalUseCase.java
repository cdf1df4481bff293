package nl.sleutelnet.application.port.in.signal;

import java.util.Optional;

/** For reporters without an account: whether their signal arrived and its status, by tracking code. */
public interface TrackSignalUseCase {

    Optional<SignalReceipt> trackSignal(String trackingCode);
}
