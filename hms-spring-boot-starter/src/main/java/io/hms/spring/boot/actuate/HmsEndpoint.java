package io.hms.spring.boot.actuate;

import io.hms.api.event.HmsEvent;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.core.Hms;
import io.hms.core.configurator.PatchResult;
import io.hms.core.healer.Incident;
import io.hms.core.registry.PolicyDiff;
import io.hms.spring.boot.HmsPropertyException;
import io.hms.spring.boot.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;

/**
 * The {@code hms} Actuator endpoint: what the runtime's components, incidents and patches are, and the admin API's
 * policy decisions. Read-only unless the application opens it as it opens any Actuator endpoint to writes
 * ({@code management.endpoint.hms.access=unrestricted}; expose it with
 * {@code management.endpoints.web.exposure.include=health,hms}).
 * <ul>
 *   <li>{@code GET /actuator/hms}: the components (health, breaker, policy version), the incidents, the patches;</li>
 *   <li>{@code GET /actuator/hms/{component}}: one component with its policy in force and its incidents;</li>
 *   <li>{@code POST /actuator/hms/{component}} with {@code {"action": "rollback"}}: rolls its policy back one
 *       version; with {@code {"action": "patch", "settings": "timeout=300ms"}}: proposes a patch, canaried
 *       before it is promoted; with {@code {"action": "optimize"}}: asks the optimizer for a run; with
 *       {@code {"action": "fault", "fault": "kill", "duration": "10s"}}: injects a fault (chaos on), and with
 *       {@code {"action": "revert"}} ends the component's faults;</li>
 *   <li>{@code POST /actuator/hms/patches/{id}} with {@code {"action": "promote"}} or {@code "rollback"}: ends a
 *       patch's canary with that decision.</li>
 * </ul>
 */
@WebEndpoint(id = "hms", defaultAccess = Access.READ_ONLY)
public final class HmsEndpoint {

    private static final Duration COMMIT_WAIT = Duration.ofSeconds(10);

    private final Hms hms;

    /** @param hms the runtime shown and changed */
    public HmsEndpoint(Hms hms) {
        this.hms = hms;
    }

    /** A component at a glance. */
    public record ComponentSummary(String name, String health, String reason, String breaker, long policyVersion) {
    }

    /** A component with its policy in force and its incidents. */
    public record ComponentDetail(String name, String health, String reason, String breaker, long policyVersion,
                                  String policySource, ComponentPolicy policy, List<IncidentSummary> incidents) {
    }

    /** An incident: what opened it, when, and how it ended. */
    public record IncidentSummary(String id, String component, String trigger, Instant openedAt, Instant closedAt,
                                  String resolvedBy) {
        static IncidentSummary of(Incident incident) {
            return new IncidentSummary(incident.id(), incident.component(), incident.trigger(), incident.openedAt(),
                    incident.closedAt(), incident.isOpen() ? null : incident.resolvedBy());
        }
    }

    /** A patch: pending or in canary, or how it ended. */
    public record PatchSummary(String id, String component, String state, String detail) {
    }

    /** The whole runtime. */
    public record Overview(List<ComponentSummary> components, List<IncidentSummary> incidents,
                           List<PatchSummary> patches) {
    }

    /** The components, incidents and patches. */
    @ReadOperation
    public Overview overview() {
        List<ComponentSummary> components = names().stream().map(this::summary).toList();
        return new Overview(components, hms.incidents().stream().map(IncidentSummary::of).toList(), patches());
    }

    /** One component, or 404 naming the components there are. */
    @ReadOperation
    public WebEndpointResponse<Object> component(@Selector String component) {
        if (hms.registry().component(component).isEmpty()) {
            return notFound(component);
        }
        ComponentSummary s = summary(component);
        VersionedPolicy policy = hms.registry().policy(component);
        return new WebEndpointResponse<>(new ComponentDetail(s.name(), s.health(), s.reason(), s.breaker(),
                s.policyVersion(), policy.source(), policy.policy(), hms.incidents().stream()
                .filter(i -> i.component().equals(component)).map(IncidentSummary::of).toList()));
    }

    /**
     * An action on a component, through the configurator or the optimizer:
     * <ul>
     *   <li>{@code rollback}: its policy goes back one version;</li>
     *   <li>{@code patch}: a patch of its policy goes into a canary, the policy in force with {@code settings} laid
     *       over it: {@code key=value} pairs of the keys of {@code hms.components.<name>.*}, separated by commas
     *       ({@code "timeout=300ms, breaker.failure-rate-threshold=40"}); {@code reason} says why;</li>
     *   <li>{@code optimize}: the optimizer searches its policy now;</li>
     *   <li>{@code fault}: chaos (with {@code hms.chaos.enabled=true}): a fault of kind {@code fault} ({@code kill},
     *       {@code error}, {@code latency} with a {@code delay}, {@code limit_exhaustion}) for {@code duration}, on
     *       a {@code fraction} of calls, ending at the first repair when {@code untilRepaired};</li>
     *   <li>{@code revert}: the faults on the component end now.</li>
     * </ul>
     */
    @WriteOperation
    public WebEndpointResponse<Object> act(@Selector String component, String action, @Nullable String settings,
                                           @Nullable String reason, @Nullable String fault,
                                           @Nullable Duration duration, @Nullable Duration delay,
                                           @Nullable Double fraction, @Nullable Boolean untilRepaired) {
        if (hms.registry().component(component).isEmpty()) {
            return notFound(component);
        }
        return switch (action) {
            case "rollback" -> committed(hms.configurator().rollback(component), "the rollback of " + component,
                    restored -> Map.of("component", component, "version", restored.version(), "source",
                            restored.source()));
            case "patch" -> patch(component, settings, reason);
            case "optimize" -> optimize(component);
            case "fault" -> new ComponentFaults(hms.chaos()).inject(component,
                    new ComponentFaults.FaultRequest(fault, duration, delay, fraction, untilRepaired));
            case "revert" -> new ComponentFaults(hms.chaos()).revert(component);
            default -> problem(400, "unknown action '" + action + "' on a component; give rollback, patch, optimize,"
                    + " fault or revert");
        };
    }

    private WebEndpointResponse<Object> patch(String component, String settings, String reason) {
        if (settings == null || settings.isBlank()) {
            return problem(400, "a patch needs \"settings\": key=value pairs of the keys of hms.components."
                    + component + ".*, e.g. \"timeout=300ms, breaker.failure-rate-threshold=40\"");
        }
        VersionedPolicy current = hms.registry().policy(component);
        ComponentPolicy candidate;
        try {
            candidate = PolicySettings.over(current.policy(), PolicySettings.parse(settings));
        } catch (HmsPropertyException e) {
            return problem(400, e.getMessage());
        }
        List<String> diff = PolicyDiff.between(current.policy(), candidate);
        if (diff.isEmpty()) {
            return problem(400, "the settings give the policy in force (version " + current.version() + ")");
        }
        PolicyPatch patch = PolicyPatch.of(component, current.version(), candidate, "actuator",
                reason == null ? "proposed through Actuator" : reason);
        CompletableFuture<PatchResult> result = hms.configurator().propose(patch);
        if (result.isCompletedExceptionally()) {
            return problem(409, "the patch was refused: " + result.exceptionNow().getMessage());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("patchId", patch.id());
        answer.put("baseVersion", current.version());
        answer.put("diff", diff);
        answer.put("state", "proposed: the configurator canaries it, then promotes or rolls it back");
        return new WebEndpointResponse<>(answer, 202);
    }

    private WebEndpointResponse<Object> optimize(String component) {
        return hms.optimizer().map(optimizer -> optimizer.requestRun(component, 0)
                        .map(refusal -> problem(409, refusal))
                        .orElseGet(() -> new WebEndpointResponse<>((Object) Map.of("component", component, "state",
                                "queued: a winner comes as a patch through the canary"), 202)))
                .orElseGet(() -> problem(409, "this runtime has no optimizer; put io.hms:hms-ga on the class path"));
    }

    /** {@code promote} or {@code rollback}: ends the canary of patch {@code id} with that decision. */
    @WriteOperation
    public WebEndpointResponse<Object> decide(@Selector String patches, @Selector String id, String action) {
        if (!"patches".equals(patches)) {
            return problem(404, "no such resource '" + patches + "/" + id + "'; POST /actuator/hms/patches/{id}"
                    + " decides a patch");
        }
        if (!"promote".equals(action) && !"rollback".equals(action)) {
            return problem(400, "unknown action '" + action + "' on a patch; give promote or rollback");
        }
        boolean promote = "promote".equals(action);
        String decision = (promote ? "promoted" : "rolled back") + " before its canary's verdict through Actuator";
        return committed(hms.configurator().decide(id, promote, decision), "the decision on patch " + id,
                (PatchResult result) -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("patchId", result.patchId());
                    answer.put("promoted", result.promoted());
                    result.version().ifPresent(v -> answer.put("version", v.version()));
                    answer.put("detail", result.detail());
                    return answer;
                });
    }

    private List<String> names() {
        return hms.registry().componentNames().stream().sorted().toList();
    }

    private ComponentSummary summary(String name) {
        io.hms.api.Health health = hms.health(name);
        return new ComponentSummary(name, health.status().name(), health.reason(),
                hms.guard(name).breakerState().name(), hms.registry().policy(name).version());
    }

    private List<PatchSummary> patches() {
        List<PatchSummary> patches = new ArrayList<>();
        for (PolicyPatch p : hms.configurator().pending()) {
            patches.add(new PatchSummary(p.id(), p.component(), hms.configurator().canaryRunning(p.component())
                    ? "canary" : "pending", p.reason()));
        }
        for (HmsEvent e : hms.events().history()) {
            if (e instanceof PatchPromoted p) {
                patches.add(new PatchSummary(p.patchId(), p.component(), "promoted", p.detail()));
            } else if (e instanceof PatchRolledBack r) {
                patches.add(new PatchSummary(r.patchId(), r.component(), "rolled back", r.reason()));
            }
        }
        return patches;
    }

    private WebEndpointResponse<Object> notFound(String component) {
        return problem(404, "no component named '" + component + "'; the runtime has " + names());
    }

    private static WebEndpointResponse<Object> problem(int status, String detail) {
        return new WebEndpointResponse<>(Map.of("status", status, "detail", detail), status);
    }

    private static <T> WebEndpointResponse<Object> committed(CompletableFuture<T> change, String what,
                                                             Function<T, Object> answer) {
        try {
            return new WebEndpointResponse<>(answer.apply(change.get(COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return problem(cause instanceof NoSuchElementException ? 404 : 409, what + " was refused: "
                    + cause.getMessage());
        } catch (TimeoutException e) {
            return problem(503, what + " was not committed within " + COMMIT_WAIT + "; ask again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem(503, "interrupted while waiting for " + what);
        }
    }
}
