package nl.sleutelnet.application.port.in.signal;

import java.time.Instant;
import nl.sleutelnet.domain.signal.SignalStatus;

/** What a reporter may know of their signal: that it arrived, its status and since when. Never the assessment. */
public record SignalReceipt(String trackingCode, Instant receivedAt, SignalStatus status, Instant statusSince) {
}
