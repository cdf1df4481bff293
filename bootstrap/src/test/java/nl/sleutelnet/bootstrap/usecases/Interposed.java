package nl.sleutelnet.bootstrap.usecases;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import nl.sleutelnet.adapters.persistence.Persistence;

/** Puts behaviour in front of one method of one port of a persistence adapter, for tests of what goes wrong. */
final class Interposed {

    /** What runs instead of the method; it may call the real one. */
    @FunctionalInterface
    interface Around {
        Object call(Object real, Object[] args) throws Throwable;
    }

    private Interposed() {
    }

    /** The persistence with {@code port().method(..)} replaced by {@code around}. */
    static Persistence persistence(Persistence real, String port, String method, Around around) {
        return (Persistence) Proxy.newProxyInstance(Persistence.class.getClassLoader(),
                new Class<?>[] {Persistence.class}, (p, m, args) -> {
                    Object target = invoke(real, m, args);
                    if (!m.getName().equals(port)) {
                        return target;
                    }
                    return Proxy.newProxyInstance(m.getReturnType().getClassLoader(), new Class<?>[] {m.getReturnType()},
                            (q, inner, innerArgs) -> inner.getName().equals(method)
                                    ? around.call(target, innerArgs) : invoke(target, inner, innerArgs));
                });
    }

    static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
