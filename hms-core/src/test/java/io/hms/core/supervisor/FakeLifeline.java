package io.hms.core.supervisor;

import java.time.Duration;
import java.util.Optional;

/** A lifeline a test kills and watches: dead until restarted, counting its restarts; optionally failing them. */
final class FakeLifeline implements Lifeline {

    private final String name;
    private volatile boolean dead;
    private volatile int restarts;
    private volatile int failingRestarts;
    private volatile AgentCrash crashedBy;

    FakeLifeline(String name) {
        this.name = name;
    }

    void die() {
        dead = true;
    }

    /** The next {@code n} restarts throw and leave it dead. */
    void failRestarts(int n) {
        failingRestarts = n;
    }

    int restarts() {
        return restarts;
    }

    AgentCrash crashedBy() {
        return crashedBy;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> death(Duration slack) {
        return dead ? Optional.of("it died") : Optional.empty();
    }

    @Override
    public void restart() {
        if (failingRestarts > 0) {
            failingRestarts--;
            throw new IllegalStateException("restart of " + name + " failed");
        }
        dead = false;
        restarts++;
    }

    @Override
    public void crash(AgentCrash cause) {
        crashedBy = cause;
        dead = true;
    }
}
