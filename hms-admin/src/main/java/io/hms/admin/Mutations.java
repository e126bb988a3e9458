package io.hms.admin;

import static io.hms.admin.AdminServer.API;

import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.Optimizer;
import io.hms.core.Hms;
import io.hms.core.chaos.ActiveFault;
import io.hms.core.chaos.ChaosDisabledException;
import io.hms.core.chaos.experiment.Expectations;
import io.hms.core.chaos.experiment.Experiment;
import io.hms.core.configurator.PatchResult;
import io.hms.core.registry.PolicyDiff;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The routes that change the runtime. Each goes through the agent that owns the change: a policy through
 * the configurator's canary, a fault through chaos (403 when the host did not enable it). The server
 * checks the token and writes each one to the audit trail.
 */
final class Mutations {

    /** How long a request waits for a rollback to be committed before answering 504. */
    static final Duration COMMIT_WAIT = Duration.ofSeconds(10);

    private final Hms hms;
    private final ReadViews views;

    Mutations(Hms hms, ReadViews views) {
        this.hms = hms;
        this.views = views;
    }

    void addTo(List<Route> routes) {
        routes.add(Route.mutation("POST", API + "/patches", this::propose));
        routes.add(Route.mutation("POST", API + "/patches/{id}/promote", r -> decide(r, true)));
        routes.add(Route.mutation("POST", API + "/patches/{id}/rollback", r -> decide(r, false)));
        routes.add(Route.mutation("POST", API + "/components/{name}/rollback", this::rollback));
        routes.add(Route.mutation("POST", API + "/optimizer/runs", this::optimize));
        routes.add(Route.mutation("POST", API + "/chaos/faults", this::inject));
        routes.add(Route.mutation("DELETE", API + "/chaos/faults/{id}", this::revert));
        routes.add(Route.mutation("POST", API + "/chaos/experiments", this::experiment));
    }

    /**
     * A patch request: the component, and either a whole policy or the parts that change (the others stay
     * as in force).
     *
     * @param component   the component
     * @param baseVersion the version the patch was made against; the one in force when left out
     * @param policy      the whole candidate policy, or null
     * @param health      a new health part, or null
     * @param guard       a new guard part, or null
     * @param playbook    a new playbook, or null
     * @param reason      why, for the audit trail and the patch list
     */
    record PatchRequest(String component, Long baseVersion, ComponentPolicy policy, HealthPolicy health,
                        GuardPolicy guard, Playbook playbook, String reason) {
    }

    private Object propose(Request request) throws java.io.IOException {
        PatchRequest body = request.body(PatchRequest.class);
        if (body.component() == null) {
            throw Problem.badRequest("the patch names no component", "component", "add \"component\": \"<name>\"");
        }
        views.requireComponent(body.component());
        VersionedPolicy current = hms.registry().policy(body.component());
        ComponentPolicy candidate = body.policy() != null ? body.policy() : current.policy();
        if (body.policy() == null && body.health() == null && body.guard() == null && body.playbook() == null) {
            throw Problem.badRequest("the patch changes nothing", "policy",
                    "give \"policy\" (a whole policy) or one of \"health\", \"guard\", \"playbook\"");
        }
        if (body.health() != null) {
            candidate = candidate.withHealth(body.health());
        }
        if (body.guard() != null) {
            candidate = candidate.withGuard(body.guard());
        }
        if (body.playbook() != null) {
            candidate = candidate.withPlaybook(body.playbook());
        }
        List<String> diff = PolicyDiff.between(current.policy(), candidate);
        if (diff.isEmpty()) {
            throw Problem.badRequest("the candidate is the policy in force (version " + current.version() + ")",
                    "policy", "change at least one setting");
        }
        long base = body.baseVersion() != null ? body.baseVersion() : current.version();
        if (base != current.version()) {
            throw new Problem(409, "Conflict", "the patch was made against version " + base + " but version "
                    + current.version() + " is in force", "baseVersion",
                    "read the policy again (GET /hms/api/components/" + body.component() + ") and patch that");
        }
        PolicyPatch patch = PolicyPatch.of(body.component(), base, candidate, "admin " + request.caller(),
                body.reason() == null ? "proposed through the admin API" : body.reason());
        CompletableFuture<PatchResult> result = hms.configurator().propose(patch);
        if (result.isCompletedExceptionally()) { // refused at once: nothing was changed
            Throwable cause = result.exceptionNow();
            throw new Problem(cause instanceof IllegalArgumentException ? 400 : 409,
                    cause instanceof IllegalArgumentException ? "Bad request" : "Conflict", cause.getMessage(), null,
                    "GET /hms/api/patches shows what is in canary; wait for it, or promote or roll it back");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("patchId", patch.id());
        answer.put("component", patch.component());
        answer.put("baseVersion", base);
        answer.put("diff", diff);
        answer.put("state", "proposed: the configurator canaries it, then promotes or rolls it back");
        return new Accepted(answer);
    }

    private Object decide(Request request, boolean promote) {
        String id = request.path("id");
        String decision = (promote ? "promoted" : "rolled back") + " before its canary's verdict by admin "
                + request.caller();
        PatchResult result = committed(hms.configurator().decide(id, promote, decision), "the decision on patch " + id,
                cause -> cause instanceof java.util.NoSuchElementException
                        ? Problem.notFound(cause.getMessage(), "GET /hms/api/patches lists the patches in canary")
                        : new Problem(409, "Conflict", cause.getMessage(), null, "GET /hms/api/patches, then ask again"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("patchId", result.patchId());
        answer.put("promoted", result.promoted());
        result.version().ifPresent(v -> answer.put("version", v.version()));
        answer.put("detail", result.detail());
        return answer;
    }

    private Object rollback(Request request) {
        String component = request.path("name");
        views.requireComponent(component);
        VersionedPolicy restored = committed(hms.configurator().rollback(component), "the rollback of " + component,
                cause -> new Problem(409, "Conflict", "cannot roll " + component + " back: " + cause.getMessage(), null,
                        "GET /hms/api/components/" + component + " shows the version in force"));
        return Map.of("component", component, "version", restored.version(), "source", restored.source());
    }

    /** What {@code change} completes with, within {@link #COMMIT_WAIT}; its failure as {@code refused} says. */
    private static <T> T committed(CompletableFuture<T> change, String what, Function<Throwable, Problem> refused) {
        try {
            return change.get(COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw refused.apply(e.getCause());
        } catch (TimeoutException e) {
            throw new Problem(504, "Gateway timeout", what + " was not committed within " + COMMIT_WAIT, null,
                    "check the cluster (GET /hms/api/cluster) and ask again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem(503, "Service unavailable", "the admin API is closing", null, "ask again");
        }
    }

    /**
     * A request for an optimizer run.
     *
     * @param component   the component to search
     * @param evaluations the most candidate evaluations; the optimizer's own budget when left out
     */
    record RunRequest(String component, Long evaluations) {
    }

    private Object optimize(Request request) throws java.io.IOException {
        RunRequest body = request.body(RunRequest.class);
        if (body.component() == null) {
            throw Problem.badRequest("the run names no component", "component", "add \"component\": \"<name>\"");
        }
        views.requireComponent(body.component());
        long evaluations = body.evaluations() == null ? 0 : body.evaluations();
        if (evaluations < 0 || body.evaluations() != null && evaluations == 0) {
            throw Problem.badRequest("evaluations must be positive, got " + evaluations, "evaluations",
                    "give a positive number, or leave it out for the optimizer's own budget");
        }
        Optimizer optimizer = hms.optimizer().orElseThrow(() -> new Problem(409, "Conflict",
                "this runtime has no optimizer", null, "put hms-ga on the host's class path, or set one with"
                        + " Hms.builder().optimizer(..)"));
        optimizer.requestRun(body.component(), evaluations).ifPresent(refusal -> {
            throw new Problem(409, "Conflict", refusal, null, "GET /hms/api/cluster says which node leads");
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("component", body.component());
        answer.put("evaluations", evaluations == 0 ? "the optimizer's budget" : evaluations);
        answer.put("state", "queued: its generations come as GenerationEvaluated events, its verdict as"
                + " CandidateJudged, a winner as a patch through the canary");
        return new Accepted(answer);
    }

    private Object inject(Request request) throws java.io.IOException {
        requireChaos();
        FaultRequest body = request.body(FaultRequest.class);
        ActiveFault fault = chaos(() -> body.untilRepairedOrFalse()
                ? hms.chaos().injectUntilRepaired(body.fault(), body.durationOrFail())
                : hms.chaos().inject(body.fault(), body.durationOrFail()));
        return new Accepted(ReadViews.FaultView.of(fault));
    }

    private Object revert(Request request) {
        requireChaos();
        String id = request.path("id");
        ActiveFault fault = hms.chaos().active().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("no active fault with id '" + id + "'",
                        "GET /hms/api/chaos lists the active faults"));
        fault.revert("reverted through the admin API by " + request.caller());
        return Map.of("id", id, "reverted", true);
    }

    /**
     * An experiment request.
     *
     * @param name          its name, for the report
     * @param fault         the fault it injects
     * @param recoverWithin how soon the component must be back, for the verdict
     * @param deadline      how long it may run in all; the default when left out
     */
    record ExperimentRequest(String name, FaultRequest fault, Duration recoverWithin, Duration deadline) {
    }

    private Object experiment(Request request) throws java.io.IOException {
        requireChaos();
        ExperimentRequest body = request.body(ExperimentRequest.class);
        if (body.name() == null || body.fault() == null || body.recoverWithin() == null) {
            throw Problem.badRequest("an experiment needs a name, a fault and recoverWithin",
                    body.name() == null ? "name" : body.fault() == null ? "fault" : "recoverWithin",
                    "send {\"name\": .., \"fault\": {\"kind\": .., \"target\": .., \"duration\": ..},"
                            + " \"recoverWithin\": \"PT5S\"}");
        }
        Experiment.Builder builder = Experiment.named(body.name());
        if (body.fault().target() != null) {
            builder.watching(body.fault().target());
        }
        if (body.fault().untilRepairedOrFalse()) {
            builder.faultUntilRepaired(body.fault().fault(), body.fault().durationOrFail());
        } else {
            builder.fault(body.fault().fault(), body.fault().durationOrFail());
        }
        builder.expect(Expectations.recoveredWithin(body.recoverWithin()));
        if (body.deadline() != null) {
            builder.deadline(body.deadline());
        }
        Experiment experiment = chaos(builder::build);
        chaos(() -> hms.experiments().run(experiment));
        return new Accepted(Map.of("name", experiment.name(), "state",
                "running: its report appears in GET /hms/api/chaos and as events"));
    }

    private void requireChaos() {
        if (!hms.chaos().enabled()) {
            throw new Problem(403, "Forbidden", "chaos is disabled on this host", null,
                    "the host enables it with Hms.builder().chaos(ChaosOptions.enabled()); nothing was injected");
        }
    }

    /** Runs a chaos call, turning its refusals into problems that say why. */
    private static <T> T chaos(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ChaosDisabledException e) {
            throw new Problem(403, "Forbidden", e.getMessage(), null, "enable chaos on the host");
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage(), null, "change the request as the message says");
        } catch (IllegalStateException e) {
            throw new Problem(409, "Conflict", e.getMessage(), null, "revert the conflicting fault, or wait");
        }
    }

    /** A 202 answer: the change was accepted and goes on after the response. */
    record Accepted(Object body) {
    }
}
