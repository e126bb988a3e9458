package io.hms.admin;

import io.hms.api.FunctionDescriptor;
import io.hms.api.Health;
import io.hms.api.event.AgentRestarted;
import io.hms.api.event.FrontFound;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchProposed;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.CoordinatorView;
import io.hms.core.Hms;
import io.hms.core.chaos.ActiveFault;
import io.hms.core.guard.Guard;
import io.hms.core.guard.GuardStats;
import io.hms.core.healer.Incident;
import io.hms.core.registry.PolicyDiff;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the read endpoints answer, built from the runtime's public views at the moment of the request. */
final class ReadViews {

    private final Hms hms;
    private final MeterHistory meterHistory;

    ReadViews(Hms hms, MeterHistory meterHistory) {
        this.hms = hms;
        this.meterHistory = meterHistory;
    }

    /** A component: health, breaker, limiter, calls, the policy in force and a canary if one runs. */
    record ComponentView(String name, Health health, BreakerView breaker, LimiterView limiter, CallsView calls,
                         long policyVersion, Instant policyTime, String policySource, ComponentPolicy policy,
                         CanaryView canary) {
    }

    /** A breaker's state and its window. */
    record BreakerView(String state, float failureRate, float slowCallRate, int bufferedCalls, int failedCalls) {
    }

    /** A limiter's algorithm, limit and calls in flight. */
    record LimiterView(String algorithm, int limit, int inFlight) {
    }

    /** A guard's counts since start. */
    record CallsView(long calls, long successes, long failures, long fallbacks, long timeouts, long refusedByBreaker,
                     long refusedByLimit, double errorRate, Duration meanLatency) {
        static CallsView of(GuardStats.Snapshot s) {
            return new CallsView(s.calls(), s.successes(), s.failures(), s.fallbacks(), s.timeouts(),
                    s.rejectedByBreaker(), s.rejectedByLimit(), s.errorRate(), s.meanLatency());
        }
    }

    /** A canary in progress: the candidate's guard policy and its calls. */
    record CanaryView(GuardPolicy candidate, CallsView calls) {
    }

    List<String> componentNames() {
        return hms.registry().componentNames().stream().sorted().toList();
    }

    List<ComponentView> components() {
        return componentNames().stream().map(this::component).toList();
    }

    /** @throws Problem 404 naming the components there are, when {@code name} is not one of them */
    void requireComponent(String name) {
        if (hms.registry().component(name).isEmpty()) {
            throw Problem.notFound("no component named '" + name + "'; the runtime has " + componentNames(),
                    "use one of the names GET /hms/api/components lists");
        }
    }

    ComponentView component(String name) {
        requireComponent(name);
        Guard guard = hms.guard(name);
        VersionedPolicy policy = hms.registry().policy(name);
        return new ComponentView(name, hms.health(name),
                new BreakerView(guard.breakerState().name(), guard.breaker().failureRate(),
                        guard.breaker().slowCallRate(), guard.breaker().bufferedCalls(), guard.breaker().failedCalls()),
                new LimiterView(guard.limiter().policy().algorithm().name(), guard.limiter().limit(),
                        guard.limiter().inFlight()),
                CallsView.of(guard.stats().snapshot()), policy.version(), policy.time(), policy.source(),
                policy.policy(), canaryOf(guard));
    }

    /** The canary running on {@code guard}, or null. */
    private static CanaryView canaryOf(Guard guard) {
        return guard.canaryPolicy().map(p -> new CanaryView(p,
                guard.canaryStats().map(s -> CallsView.of(s.snapshot())).orElse(null))).orElse(null);
    }

    /** A registered function: its descriptor and where it came from. */
    record FunctionView(FunctionDescriptor descriptor, String origin) {
    }

    List<FunctionView> registry() {
        return hms.registry().functions().stream().map(f -> new FunctionView(f.descriptor(), f.origin())).toList();
    }

    /** An agent: its name, how often it was restarted and the last thing it did. */
    record AgentView(String name, String state, long restarts, LastAction lastAction, String lastError) {
    }

    /** The last event an agent published. */
    record LastAction(Instant time, String type, String summary) {
    }

    List<AgentView> agents() {
        List<HmsEvent> history = hms.events().history();
        List<AgentView> agents = new ArrayList<>();
        for (String agent : hms.supervisor().agents()) {
            LastAction last = null;
            String lastError = null;
            for (int i = history.size() - 1; i >= 0 && (last == null || lastError == null); i--) {
                HmsEvent e = history.get(i);
                if (last == null && agent.equals(AgentOf.event(e))) {
                    last = new LastAction(e.time(), e.getClass().getSimpleName(), e.toString());
                }
                if (lastError == null && e instanceof AgentRestarted r && r.agent().equals(agent)) {
                    lastError = r.reason();
                }
            }
            long restarts = hms.supervisor().restarts(agent);
            agents.add(new AgentView(agent, restarts == 0 ? "running" : "running (restarted)", restarts, last,
                    lastError));
        }
        return agents;
    }

    /** Incidents, open first, then the most recent. */
    List<Incident> incidents() {
        List<Incident> all = new ArrayList<>(hms.incidents());
        all.sort((a, b) -> a.isOpen() != b.isOpen() ? (a.isOpen() ? -1 : 1) : b.openedAt().compareTo(a.openedAt()));
        return all;
    }

    /** A patch: where it is, what it changes against the policy in force, and its live comparison in canary. */
    record PatchView(String id, String component, String state, String source, String reason, Instant time,
                     List<String> diff, CanaryView canary, String detail) {
    }

    List<PatchView> patches() {
        List<HmsEvent> history = hms.events().history();
        Map<String, PatchProposed> proposals = new HashMap<>();
        for (HmsEvent e : history) {
            if (e instanceof PatchProposed p) {
                proposals.put(p.patchId(), p);
            }
        }
        Map<String, PatchView> byId = new LinkedHashMap<>();
        for (PolicyPatch p : hms.configurator().pending()) {
            ComponentPolicy current = hms.registry().policy(p.component()).policy();
            CanaryView canary = canaryOf(hms.guard(p.component()));
            byId.put(p.id(), new PatchView(p.id(), p.component(), canary != null ? "canary" : "pending", p.source(),
                    p.reason(), null, PolicyDiff.between(current, p.candidate()), canary, null));
        }
        for (HmsEvent e : history) {
            if (e instanceof PatchPromoted p) {
                byId.putIfAbsent(p.patchId(), decided(p.patchId(), p.component(), "promoted", p.time(), p.detail(),
                        proposals));
            } else if (e instanceof PatchRolledBack r) {
                byId.putIfAbsent(r.patchId(), decided(r.patchId(), r.component(), "rolled back", r.time(), r.reason(),
                        proposals));
            }
        }
        return List.copyOf(byId.values());
    }

    /** A patch no longer in canary, with its proposal's source and reason while the history still holds it. */
    private static PatchView decided(String id, String component, String state, Instant time, String detail,
                                     Map<String, PatchProposed> proposals) {
        PatchProposed proposal = proposals.get(id);
        return new PatchView(id, component, state, proposal == null ? null : proposal.source(),
                proposal == null ? null : proposal.reason(), time, List.of(), null, detail);
    }

    /**
     * The optimizer: which one runs, each component's runs as the bus saw them, oldest first, each run its
     * generations in order (a run starts where the generation count starts again), and each component's
     * latest Pareto front (from a multi-objective search only); the population size, for runs asked by
     * generations (0: the optimizer does not search in generations).
     */
    record OptimizerView(String optimizer, int populationSize, Map<String, List<List<GenerationEvaluated>>> runs,
                         Map<String, FrontFound> fronts) {
    }

    OptimizerView optimizer() {
        Map<String, List<List<GenerationEvaluated>>> runs = new LinkedHashMap<>();
        for (GenerationEvaluated g : hms.events().history(GenerationEvaluated.class)) {
            List<List<GenerationEvaluated>> ofComponent = runs.computeIfAbsent(g.component(), c -> new ArrayList<>());
            List<GenerationEvaluated> last = ofComponent.isEmpty() ? null : ofComponent.get(ofComponent.size() - 1);
            if (last == null || g.generation() <= last.get(last.size() - 1).generation()) {
                last = new ArrayList<>();
                ofComponent.add(last);
            }
            last.add(g);
        }
        Map<String, FrontFound> fronts = new LinkedHashMap<>();
        for (FrontFound f : hms.events().history(FrontFound.class)) {
            fronts.put(f.component(), f);
        }
        return new OptimizerView(hms.optimizer().map(o -> o.name()).orElse(null),
                hms.optimizer().map(o -> o.populationSize()).orElse(0), runs, fronts);
    }

    /** Chaos: whether the host enabled it, the faults in force, and the experiments' reports. */
    record ChaosView(boolean enabled, List<FaultView> active, List<?> reports) {
    }

    /** A fault in force. */
    record FaultView(String id, String fault, Instant injectedAt, Instant deadline, boolean endsOnRepair) {
        static FaultView of(ActiveFault f) {
            return new FaultView(f.id(), f.fault().toString(), f.injectedAt(), f.deadline(), f.endsOnRepair());
        }
    }

    ChaosView chaos() {
        return new ChaosView(hms.chaos().enabled(), hms.chaos().active().stream().map(FaultView::of).toList(),
                hms.experiments().reports());
    }

    /** The cluster as this node sees it: who it is, who leads, the voting members and the coordinator's state. */
    record ClusterView(String nodeId, boolean leader, String leaderId, List<String> members, String status) {
    }

    /** One instance's view of a component, as the cluster's reports tell it. */
    record SightingView(String nodeId, String health, String breaker, String openIncident, int levelReached,
                        long policyVersion, long ageMillis) {
    }

    List<SightingView> clusterComponent(String name) {
        requireComponent(name);
        return hms.swarm().component(name).stream().map(s -> new SightingView(s.nodeId(), s.state().health().name(),
                s.state().breaker().name(), s.state().openIncident(), s.state().levelReached(),
                s.state().policyVersion(), s.age().toMillis())).toList();
    }

    ClusterView cluster() {
        CoordinatorView coordinator = hms.coordinator();
        return new ClusterView(coordinator.nodeId(), coordinator.isLeader(), coordinator.leaderId().orElse(null),
                coordinator.members(), coordinator.status().name());
    }

    /**
     * One meter: its name, tags and measurements; with a window asked for, the rate per second of each count
     * and total over the window the history covers ({@code window}: up to the one asked for).
     */
    record MeterView(String name, String type, Map<String, String> tags, Map<String, Double> values,
                     Map<String, Double> ratesPerSecond, Duration window) {
    }

    List<MeterView> meters(Optional<String> prefix, Optional<Duration> since) {
        Optional<MeterHistory.Sample> then = since.flatMap(meterHistory::before);
        long now = meterHistory.now();
        Duration window = then.map(t -> Duration.ofNanos(now - t.nanos())).orElse(null);
        List<MeterView> views = new ArrayList<>();
        for (Meter m : hms.meterRegistry().getMeters()) {
            String name = m.getId().getName();
            if (prefix.isPresent() && !name.startsWith(prefix.get())) {
                continue;
            }
            Map<String, String> tags = new LinkedHashMap<>();
            for (Tag t : m.getId().getTags()) {
                tags.put(t.getKey(), t.getValue());
            }
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, Double> rates = since.isEmpty() ? null : new LinkedHashMap<>();
            for (Measurement measurement : m.measure()) {
                String statistic = measurement.getStatistic().getTagValueRepresentation();
                double value = measurement.getValue();
                values.put(statistic, value);
                if (then.isPresent() && MeterHistory.cumulative(measurement.getStatistic())) {
                    double before = then.get().values().getOrDefault(MeterHistory.key(m.getId(),
                            measurement.getStatistic()), 0.0);
                    rates.put(statistic, (value - before) / (window.toNanos() / 1e9));
                }
            }
            views.add(new MeterView(name, m.getId().getType().name().toLowerCase(java.util.Locale.ROOT), tags, values,
                    rates, window));
        }
        views.sort((a, b) -> a.name().equals(b.name()) ? a.tags().toString().compareTo(b.tags().toString())
                : a.name().compareTo(b.name()));
        return views;
    }
}
