package io.hms.core.monitor;

import io.hms.api.Health;
import io.hms.api.HealthCheckFunction;
import io.hms.api.HealthStatus;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A health check that plays a script, one entry per call, then repeats the last entry. Each result's
 * reason names the call ({@code "fail #7"}), so an event's reason tells which call caused it.
 * Entries: {@code ok}, {@code slow} (DEGRADED), {@code fail} (DOWN), {@code throw}.
 */
final class ScriptedCheck implements HealthCheckFunction {

    private final List<String> script;
    private final AtomicInteger calls = new AtomicInteger();

    private ScriptedCheck(List<String> script) {
        this.script = List.copyOf(script);
    }

    static ScriptedCheck of(String... script) {
        return new ScriptedCheck(List.of(script));
    }

    int calls() {
        return calls.get();
    }

    @Override
    public Health check() {
        int n = calls.incrementAndGet();
        String entry = script.get(Math.min(n, script.size()) - 1);
        return switch (entry) {
            case "ok" -> new Health(HealthStatus.UP, "ok #" + n, Health.up().time());
            case "slow" -> Health.degraded("slow #" + n);
            case "fail" -> Health.down("fail #" + n);
            case "throw" -> throw new IllegalStateException("pool exhausted #" + n);
            default -> throw new IllegalArgumentException("unknown script entry " + entry);
        };
    }
}
