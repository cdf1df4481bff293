package nl.sleutelnet.application.port.in.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditOrigin;

/**
 * Where the use-case calls of the current thread come from, for the audit log: the web adapter opens one per request
 * (a staff session, an API token by name, a personal link, with the client address and a trace id), a scheduled job
 * names itself. Calls outside any context are recorded as {@link AuditOrigin.Channel#EMBEDDED}, each with its own
 * trace id. The context is bound to the thread, so the use-case signatures stay as they are.
 *
 * <pre>{@code
 * try (CallContext.Scope scope = CallContext.open(origin, traceId)) {
 *     useCase.doSomething(actor, command);
 * }
 * }</pre>
 *
 * @param traceId 32 hexadecimal characters, shared by all calls in the context
 */
public record CallContext(AuditOrigin origin, String traceId) {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    public CallContext {
        checkNotNull(origin, "origin");
        checkArgument(traceId != null && AuditEntry.TRACE_ID.matcher(traceId).matches(),
                "a trace id is 32 lower-case hex characters");
    }

    /** The context of this thread, if one is open. */
    public static Optional<CallContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The context of this thread, or a new embedded one with a fresh trace id. */
    public static CallContext currentOrEmbedded() {
        return current().orElseGet(() -> new CallContext(AuditOrigin.embedded(), newTraceId()));
    }

    /** Opens a context for this thread until the scope closes; the previous one returns then. */
    public static Scope open(AuditOrigin origin, String traceId) {
        CallContext previous = CURRENT.get();
        CURRENT.set(new CallContext(origin, traceId == null ? newTraceId() : traceId));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Opens a context with the origin given and the trace id of the current one (or a new one). */
    public static Scope open(AuditOrigin origin) {
        return open(origin, current().map(CallContext::traceId).orElse(null));
    }

    public static String newTraceId() {
        return AuditEntry.newTraceId(UUID.randomUUID());
    }

    /** Closes without exceptions. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
