package nl.sleutelnet.bootstrap.support;

import nl.sleutelnet.bootstrap.audit.Transactions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Transactions} over Spring's transaction manager: the work runs in a new transaction (or joins the one already
 * open; {@link #inOwnTransaction} never joins), which rolls back on any exception; the work's own exception comes out
 * unchanged.
 */
public final class SpringTransactions implements Transactions {

    private final TransactionTemplate template;
    private final TransactionTemplate own;

    public SpringTransactions(PlatformTransactionManager manager) {
        this.template = new TransactionTemplate(manager);
        this.own = new TransactionTemplate(manager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws Throwable {
        return run(template, work);
    }

    @Override
    public <T> T inOwnTransaction(Work<T> work) throws Throwable {
        return run(own, work);
    }

    private static <T> T run(TransactionTemplate template, Work<T> work) throws Throwable {
        try {
            return template.execute(status -> {
                try {
                    return work.run();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new Checked(e);
                }
            });
        } catch (Checked e) {
            throw e.getCause();
        }
    }

    /** Carries a checked exception through the template, which rolls back on it. */
    private static final class Checked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Checked(Throwable cause) {
            super(cause);
        }
    }
}
