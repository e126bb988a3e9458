package io.hms.admin;

import io.hms.core.chaos.fault.AgentCrashFault;
import io.hms.core.chaos.fault.CpuSpikeFault;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.Fault;
import io.hms.core.chaos.fault.FaultKind;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.chaos.fault.LimitExhaustionFault;
import io.hms.core.chaos.fault.MemoryPressureFault;
import io.hms.core.chaos.fault.NodeKillFault;
import io.hms.core.chaos.fault.PartitionFault;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * A fault to inject, as JSON: its kind ({@code latency}, {@code error}, {@code kill}, {@code cpu_spike},
 * {@code memory_pressure}, {@code limit_exhaustion}, {@code node_kill}, {@code partition}, {@code agent_crash}),
 * its target (a component, or the agent for {@code agent_crash}), how long, and the kind's own settings.
 *
 * @param kind          the fault's kind
 * @param target        the component (or agent) it hits; none for the JVM- and cluster-wide kinds
 * @param duration      how long it lasts at most, e.g. {@code "PT10S"}
 * @param untilRepaired whether a repair of the component ends it too
 * @param delay         {@code latency}: the added delay
 * @param fraction      {@code latency}, {@code error}: the share of calls hit, 1 when left out
 * @param threads       {@code cpu_spike}: how many busy threads
 * @param bytes         {@code memory_pressure}: how much memory to hold
 */
record FaultRequest(String kind, String target, Duration duration, Boolean untilRepaired, Duration delay,
                    Double fraction, Integer threads, Long bytes) {

    boolean untilRepairedOrFalse() {
        return Boolean.TRUE.equals(untilRepaired);
    }

    Duration durationOrFail() {
        if (duration == null) {
            throw Problem.badRequest("the fault has no duration", "duration", "add \"duration\": \"PT10S\"");
        }
        return duration;
    }

    /** The fault, or a 400 naming the missing or wrong field. */
    Fault fault() {
        FaultKind k = parsedKind();
        double share = fraction == null ? 1.0 : fraction;
        return switch (k) {
            case LATENCY -> new LatencyFault(target("latency"), require(delay, "delay", "\"PT0.2S\""), share);
            case ERROR -> new ErrorFault(target("error"), share);
            case KILL -> new KillFault(target("kill"));
            case LIMIT_EXHAUSTION -> new LimitExhaustionFault(target("limit_exhaustion"));
            case CPU_SPIKE -> new CpuSpikeFault(require(threads, "threads", "2"));
            case MEMORY_PRESSURE -> new MemoryPressureFault(require(bytes, "bytes", "67108864"));
            case NODE_KILL -> new NodeKillFault();
            case PARTITION -> new PartitionFault();
            case AGENT_CRASH -> new AgentCrashFault(target("agent_crash"));
            case EXECUTOR_EXHAUSTION -> throw Problem.badRequest("an executor_exhaustion fault needs the host's"
                    + " executor, which a request cannot name", "kind", "inject it from the host's code (Chaos.inject)");
        };
    }

    private FaultKind parsedKind() {
        if (kind == null) {
            throw Problem.badRequest("the fault has no kind", "kind", "one of " + kinds());
        }
        try {
            return FaultKind.valueOf(kind.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("no fault kind '" + kind + "'", "kind", "one of " + kinds());
        }
    }

    private static String kinds() {
        return Arrays.stream(FaultKind.values()).filter(k -> k != FaultKind.EXECUTOR_EXHAUSTION).map(FaultKind::tag)
                .toList().toString();
    }

    private String target(String what) {
        if (target == null || target.isBlank()) {
            throw Problem.badRequest("a " + what + " fault needs a target", "target",
                    "add \"target\": \"<component>\"" + (what.equals("agent_crash") ? " (an agent's name)" : ""));
        }
        return target;
    }

    private static <T> T require(T value, String field, String example) {
        if (value == null) {
            throw Problem.badRequest("the fault needs " + field, field, "add \"" + field + "\": " + example);
        }
        return value;
    }
}
