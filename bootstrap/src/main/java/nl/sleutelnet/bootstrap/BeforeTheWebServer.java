package nl.sleutelnet.bootstrap;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once as the application starts, before the web server accepts requests (an early lifecycle phase; the
 * web server starts near {@link SmartLifecycle#DEFAULT_PHASE}), so nobody can reach the app half-prepared. Steps run
 * in the order of their phase.
 */
abstract class BeforeTheWebServer implements SmartLifecycle {

    private final int phase;
    private volatile boolean done;

    protected BeforeTheWebServer(int phase) {
        this.phase = phase;
    }

    /** The work; runs once per start of the context. */
    protected abstract void once();

    @Override
    public final void start() {
        if (!done) {
            once();
            done = true;
        }
    }

    @Override
    public final void stop() {
        // nothing to undo: the work's results stay
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
