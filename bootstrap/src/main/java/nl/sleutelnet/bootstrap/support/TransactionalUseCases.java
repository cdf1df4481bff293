package nl.sleutelnet.bootstrap.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exposes one use case of a service as a proxy that implements only that use case's interface (so a service with
 * several use cases becomes several distinct beans), and runs every call in one transaction when a
 * {@link TransactionTemplate} is given; the core stays free of {@code @Transactional}. Any exception rolls the
 * whole use case back.
 */
public final class TransactionalUseCases {

    private TransactionalUseCases() {
    }

    /** @param transactions null when the persistence adapter has no transactions (the memory adapter) */
    public static <T> T wrap(Class<T> useCase, T service, TransactionTemplate transactions) {
        return useCase.cast(Proxy.newProxyInstance(useCase.getClassLoader(), new Class<?>[] {useCase},
                (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(service, args);
            }
            if (transactions == null) {
                try {
                    return method.invoke(service, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
            try {
                return transactions.execute(status -> {
                    try {
                        return method.invoke(service, args);
                    } catch (InvocationTargetException e) {
                        throw new Unwrapped(e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (Unwrapped e) {
                throw e.getCause();
            }
        }));
    }

    /** Carries the use case's own exception through the template, which rolls back on it. */
    private static final class Unwrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unwrapped(Throwable cause) {
            super(cause);
        }
    }
}
