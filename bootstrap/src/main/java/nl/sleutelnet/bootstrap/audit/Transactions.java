package nl.sleutelnet.bootstrap.audit;

/**
 * Runs work in one transaction of the persistence adapter, rolled back when the work throws. The Spring application
 * gives one over its transaction manager; the memory adapter (and an embedder without transactions) uses {@link #NONE}.
 */
@FunctionalInterface
public interface Transactions {

    /** No transactions: the work simply runs. */
    Transactions NONE = new Transactions() {
        @Override
        public <T> T inTransaction(Work<T> work) throws Throwable {
            return work.run();
        }
    };

    <T> T inTransaction(Work<T> work) throws Throwable;

    /**
     * Runs work in a transaction of its own, even when one is open on this thread (and rolls back): for the audit
     * entry of a refused or failed call, which must survive that rollback.
     */
    default <T> T inOwnTransaction(Work<T> work) throws Throwable {
        return inTransaction(work);
    }

    /** Work that may throw anything; what it throws comes out of {@link #inTransaction} unchanged. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Throwable;
    }
}
