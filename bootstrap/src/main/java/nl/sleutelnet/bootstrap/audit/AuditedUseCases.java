package nl.sleutelnet.bootstrap.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditActor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every use-case call in one transaction and records it in the audit log, once, for all use cases.
 *
 * <ul>
 * <li>Success: the entry is appended inside the call's transaction, after the use case returned. So it is kept
 * exactly when the change is: a change that fails to commit takes its entry with it, and an entry that cannot be
 * written stops the change.</li>
 * <li>Refusal ({@link DomainException}) or failure (anything else): the call's transaction is rolled back first; then
 * the entry is appended in a transaction of its own, so it survives the rollback. If even that fails (the database is
 * gone), the original exception is thrown with the audit error attached as suppressed, and the failure is logged.</li>
 * </ul>
 * Which successes are recorded, with which purpose, object and data subjects, is {@link AuditTable}'s business.
 */
public final class AuditedUseCases {

    private static final Logger LOG = LoggerFactory.getLogger(AuditedUseCases.class);

    private final AuditLog log;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditedUseCases(AuditLog log, Transactions transactions, IdGenerator ids, Clock clock) {
        this.log = checkNotNull(log, "log");
        this.transactions = checkNotNull(transactions, "transactions");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
    }

    /** A proxy that implements only {@code useCase} (a service with several use cases becomes several proxies). */
    public <T> T wrap(Class<T> useCase, T service) {
        AuditRule rule = AuditTable.rule(useCase);
        return useCase.cast(Proxy.newProxyInstance(useCase.getClassLoader(), new Class<?>[] {useCase},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class ? method.invoke(service, args)
                        : call(useCase, rule, service, method, args)));
    }

    private Object call(Class<?> useCase, AuditRule rule, Object service, Method method, Object[] args)
            throws Throwable {
        CallContext context = CallContext.currentOrEmbedded();
        Instant at = clock.instant();
        String action = useCase.getSimpleName() + "." + method.getName();
        try {
            return transactions.inTransaction(() -> {
                Object result = invoke(service, method, args);
                if (rule.kind().recordsSuccess()) {
                    log.append(entry(rule, context, at, action, args, result, AuditResult.SUCCESS, null));
                }
                return result;
            });
        } catch (Throwable problem) {
            AuditResult result = problem instanceof DomainException ? AuditResult.REFUSED : AuditResult.FAILED;
            String code = problem instanceof DomainException refusal ? refusal.code()
                    : problem.getClass().getSimpleName();
            try {
                transactions.inOwnTransaction(() -> {
                    log.append(entry(rule, context, at, action, args, null, result, code));
                    return null;
                });
            } catch (Throwable auditProblem) {
                LOG.error("Could not record the {} of {} in the audit log", result, action, auditProblem);
                problem.addSuppressed(auditProblem);
            }
            throw problem;
        }
    }

    private static Object invoke(Object service, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private AuditEntry entry(AuditRule rule, CallContext context, Instant at, String action, Object[] args,
            Object result, AuditResult outcome, String code) {
        List<String> subjects = outcome == AuditResult.SUCCESS ? rule.subjects().apply(args, result) : List.of();
        return new AuditEntry(ids.newId(), context.traceId(), at, who(rule, args, result), action, rule.purpose(),
                rule.objectType(), rule.objectType().isEmpty() ? Optional.empty() : rule.objectId().apply(args, result),
                subjects, outcome, Optional.ofNullable(code), context.origin(), Optional.empty());
    }

    private static AuditActor who(AuditRule rule, Object[] args, Object result) {
        if (args != null) {
            for (Object arg : args) {
                if (arg instanceof Actor actor) {
                    return AuditActor.of(actor);
                }
            }
        }
        return switch (rule.caller()) {
            case ACTOR -> AuditActor.anonymous();
            case PERSONAL_LINK -> AuditActor.personalLink();
            case SYSTEM -> AuditActor.system();
            case SIGNING_IN -> result instanceof Actor actor ? AuditActor.of(actor) : AuditActor.anonymous();
        };
    }
}
