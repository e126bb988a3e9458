package io.hms.spring.boot;

import io.hms.core.Hms;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the {@code Hms} bean with the application context and closes it when the context stops: before the
 * web server takes requests and after it stopped taking them, so every request meets a running runtime.
 */
public final class HmsLifecycle implements SmartLifecycle {

    /** Earlier than the web server's phase (and its graceful shutdown), so HMS starts before it and stops after. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final Hms hms;
    private volatile boolean running;

    /** @param hms the runtime to start and close */
    public HmsLifecycle(Hms hms) {
        this.hms = hms;
    }

    @Override
    public void start() {
        hms.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        hms.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
