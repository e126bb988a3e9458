package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hms chaos inject <kind> --target <component> --for 10s}: a fault, and the recovery as it happens. */
@Command(name = "chaos", mixinStandardHelpOptions = true, description = "Faults in a host that enabled chaos.",
        subcommands = ChaosCommand.Inject.class)
final class ChaosCommand {

    /** {@code hms chaos inject}. */
    @Command(name = "inject", mixinStandardHelpOptions = true,
            description = "Injects a fault, then prints the recovery timeline until the fault has ended, the target is"
                    + " UP with its breaker closed and the incidents it caused are closed (unless --no-wait).")
    static final class Inject extends HostCommand {

        private static final Set<String> OPTIMIZER = Set.of("GenerationEvaluated",
                "CandidateJudged", "FrontFound");

        @Parameters(paramLabel = "KIND", description = "latency, error, kill, cpu_spike, memory_pressure,"
                + " limit_exhaustion, node_kill, partition (or agent_crash).")
        String kind;

        @Option(names = "--target", paramLabel = "COMPONENT", description = "The component it hits (the agent, for"
                + " agent_crash).")
        String target;

        @Option(names = "--for", paramLabel = "DURATION", required = true, converter = DurationConverter.class,
                description = "How long it lasts at most, e.g. 10s.")
        Duration duration;

        @Option(names = "--delay", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "latency: the added delay, e.g. 300ms.")
        Duration delay;

        @Option(names = "--fraction", paramLabel = "SHARE", description = "latency, error: the share of calls hit,"
                + " in (0, 1] (default 1).")
        Double fraction;

        @Option(names = "--threads", description = "cpu_spike: busy threads.")
        Integer threads;

        @Option(names = "--bytes", description = "memory_pressure: bytes to hold.")
        Long bytes;

        @Option(names = "--until-repaired", description = "A repair of the target ends the fault too.")
        boolean untilRepaired;

        @Option(names = "--no-wait", description = "Return once the fault is in; do not follow the recovery.")
        boolean noWait;

        @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
                defaultValue = "2m", description = "How long to follow the recovery at most (default ${DEFAULT-VALUE}).")
        Duration timeout;

        @Override
        int execute() {
            try (AdminClient host = global().client()) {
                Map<String, Object> fault = new LinkedHashMap<>();
                fault.put("kind", kind.toLowerCase(Locale.ROOT));
                put(fault, "target", target);
                fault.put("duration", duration);
                fault.put("untilRepaired", untilRepaired);
                put(fault, "delay", delay);
                put(fault, "fraction", fraction);
                put(fault, "threads", threads);
                put(fault, "bytes", bytes);
                long since = EventsSince.last(host);
                JsonNode injected = host.post("api/chaos/faults", fault);
                String id = injected.path("id").asText(injected.path("faultId").asText());
                if (global().json() && noWait) {
                    printJson(injected);
                    return 0;
                }
                out().println("injected " + kind + (target == null ? "" : " into " + target) + " for "
                        + io.hms.api.Durations.format(duration) + (id.isEmpty() ? "" : " (" + id + ")"));
                out().flush();
                if (noWait) {
                    return 0;
                }
                return follow(host, since, id);
            }
        }

        private static void put(Map<String, Object> body, String key, Object value) {
            if (value != null) {
                body.put(key, value);
            }
        }

        /**
         * Prints the recovery as it happens (the fault, health, breaker and the healer's steps on the target)
         * until the fault has ended, the target is UP with its breaker closed and the incidents opened since
         * the injection are closed; a failure naming what is still wrong after {@code --timeout}.
         */
        private int follow(AdminClient host, long since, String faultId) {
            Recovery recovery = new Recovery(faultId);
            Instant started = Instant.now();
            host.events(since, timeout, frame -> {
                String type = EventLine.type(frame);
                if (target != null && !target.equals(EventLine.subject(frame)) && !type.startsWith("Chaos")
                        || OPTIMIZER.contains(type)) {
                    return true;
                }
                printLine(EventLine.of(frame, style()));
                out().flush();
                recovery.see(type, frame.path("event"));
                return !recovery.done();
            });
            boolean recovered = recovery.done();
            if (!recovered) {
                throw new CliFailure("no recovery within " + io.hms.api.Durations.format(timeout) + " (--timeout): "
                        + recovery);
            }
            out().println(style().green("recovered") + " " + io.hms.api.Durations.format(
                    Duration.between(started, Instant.now())) + " after the injection");
            return 0;
        }
    }

    /** The target's state as the events tell it, from the injection on: what "recovered" waits for. */
    private static final class Recovery {
        private final String faultId;
        private boolean reverted;
        private boolean healthy = true;
        private boolean breakerClosed = true;
        private final Set<String> openIncidents = new HashSet<>();

        Recovery(String faultId) {
            this.faultId = faultId;
        }

        void see(String type, JsonNode e) {
            switch (type) {
                case "ChaosReverted" -> reverted |= faultId.isEmpty() || faultId.equals(e.path("faultId").asText());
                case "HealthChanged" -> healthy = "UP".equals(e.at("/current/status").asText());
                case "BreakerTransition" -> breakerClosed = "CLOSED".equals(e.path("to").asText());
                case "IncidentOpened", "IncidentReopened" -> openIncidents.add(e.path("incidentId").asText());
                case "IncidentClosed" -> openIncidents.remove(e.path("incidentId").asText());
                default -> { }
            }
        }

        boolean done() {
            return reverted && healthy && breakerClosed && openIncidents.isEmpty();
        }

        @Override
        public String toString() {
            return "the fault " + (reverted ? "ended" : "is still in") + ", the target is " + (healthy ? "UP" : "not UP")
                    + " with its breaker " + (breakerClosed ? "closed" : "not closed")
                    + (openIncidents.isEmpty() ? "" : ", incident(s) " + openIncidents + " still open");
        }
    }
}
