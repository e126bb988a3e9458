package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.hms.api.Durations;
import io.hms.api.policy.ComponentPolicy;
import io.hms.core.registry.PolicyDiff;
import io.hms.plan.ComponentPlan;
import io.hms.plan.Plan;
import io.hms.plan.PlanException;
import io.hms.plan.Plans;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hms plan apply <file> [--dry-run]}: the plan checked, compiled to tasks against the host's state
 * (a policy patch per component whose policy would change, each experiment, each optimizer run), the changes
 * shown, then each task asked of the host: patches go through its configurator's canary.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Checks a plan, shows what it would change on the host, then applies it: policy patches"
                + " (through the host's canary), chaos experiments and optimizer runs.")
final class PlanApply extends HostCommand {

    @Parameters(paramLabel = "FILE", description = "The plan file.")
    Path file;

    @Option(names = "--dry-run", description = "Show the changes and apply nothing.")
    boolean dryRun;

    /** What a task does to the host, with its mark in the listing and its name in JSON. */
    private enum Change {
        UPDATE("~", "update"), RUN("+", "run"), REFUSED("!", "refused"), NONE("=", "none");

        final String mark;
        final String json;

        Change(String mark, String json) {
            this.mark = mark;
            this.json = json;
        }
    }

    /** One thing the plan asks of the host; {@code apply} is null for a task with nothing to apply. */
    private record Task(String kind, String target, Change change, List<String> changes, Supplier<String> apply) {
    }

    @Override
    int execute() throws IOException {
        Plan plan;
        try {
            plan = Plans.read(file);
        } catch (PlanException e) {
            e.problems().forEach(p -> err().println(p));
            err().println("nothing was applied: fix the plan first (hms plan validate " + file + ")");
            return 1;
        }
        try (AdminClient host = global().client()) {
            List<Task> tasks = tasks(plan, host);
            if (!global().json()) {
                show(plan, host, tasks);
            }
            if (dryRun) {
                if (global().json()) {
                    printJson(report(tasks, null));
                } else {
                    out().println("dry run: nothing was applied");
                }
                return 0;
            }
            List<String> outcomes = new ArrayList<>();
            boolean failed = false;
            for (Task task : tasks) {
                String outcome;
                if (task.apply() == null) {
                    outcome = task.change() == Change.REFUSED ? "failed: " + task.changes().getFirst() : "unchanged";
                } else {
                    try {
                        outcome = task.apply().get();
                    } catch (CliFailure e) {
                        outcome = "failed: " + e.getMessage();
                    }
                }
                failed |= outcome.startsWith("failed");
                outcomes.add(outcome);
                if (!global().json()) {
                    out().println("  " + task.kind() + " " + task.target() + ": " + style().state(
                            outcome.startsWith("failed") ? "failed" : "ok") + outcome.replaceFirst("^failed", ""));
                }
            }
            if (global().json()) {
                printJson(report(tasks, outcomes));
            }
            out().flush();
            return failed ? 1 : 0;
        }
    }

    private List<Task> tasks(Plan plan, AdminClient host) throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (Map.Entry<String, ComponentPlan> c : plan.components().entrySet()) {
            tasks.add(patch(plan.name(), c.getKey(), c.getValue(), host));
        }
        for (Plan.Experiment e : plan.experiments()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", e.name());
            body.put("fault", e.fault());
            body.put("recoverWithin", e.recoverWithin());
            tasks.add(new Task("experiment", e.name(), Change.RUN, List.of(e.fault().kind()
                    + (e.fault().target() == null ? "" : " on " + e.fault().target()) + " for "
                    + Durations.format(e.fault().duration()) + ", recovered within "
                    + Durations.format(e.recoverWithin())), () -> {
                        host.post("api/chaos/experiments", body);
                        return " started (hms events -f -t ExperimentEnded, or GET /hms/api/chaos, for its report)";
                    }));
        }
        for (Plan.Run r : plan.optimizer().runs()) {
            long budget = r.evaluations() == null ? 0 : r.evaluations();
            tasks.add(new Task("optimizer run", r.component(), Change.RUN, List.of(budget == 0 ? "the optimizer's own budget"
                    : budget + " evaluations"), () -> {
                        host.post("api/optimizer/runs", budget == 0 ? Map.of("component", r.component()) // its own
                                : Map.of("component", r.component(), "evaluations", budget));
                        return " queued (hms events -f -c " + r.component() + " follows it)";
                    }));
        }
        return tasks;
    }

    private Task patch(String planName, String component, ComponentPlan wanted, AdminClient host) throws IOException {
        JsonNode view;
        try {
            view = host.get("api/components/" + component);
        } catch (CliFailure e) {
            if (e.getMessage().startsWith("404")) {
                return new Task("patch", component, Change.REFUSED, List.of("the host has no component '" + component
                        + "'; declare it in the host (Hms.builder().plan(..) or .component(..))"), null);
            }
            throw e;
        }
        ComponentPolicy current = AdminClient.JSON.treeToValue(view.path("policy"), ComponentPolicy.class);
        long version = view.path("policyVersion").asLong();
        ComponentPolicy desired;
        try {
            desired = wanted.over(current);
        } catch (IllegalArgumentException e) {
            return new Task("patch", component, Change.REFUSED, List.of("laid over the host's policy v" + version + ": "
                    + e.getMessage()), null);
        }
        List<String> diff = PolicyDiff.between(current, desired);
        if (diff.isEmpty()) {
            return new Task("patch", component, Change.NONE, List.of("no change to v" + version), null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("component", component);
        body.put("policy", desired);
        body.put("baseVersion", version);
        body.put("reason", "plan " + planName);
        return new Task("patch", component + " v" + version, Change.UPDATE, diff, () -> {
            JsonNode accepted = host.post("api/patches", body);
            return " in canary as " + accepted.path("patchId").asText() + " (hms ffi diff shows it; hms ffi diff"
                    + " --apply " + accepted.path("patchId").asText() + " promotes it now)";
        });
    }

    private void show(Plan plan, AdminClient host, List<Task> tasks) {
        out().println("plan " + style().bold(plan.name()) + " against " + host.base());
        int changes = 0;
        for (Task task : tasks) {
            String mark = switch (task.change()) {
                case UPDATE -> style().yellow(task.change().mark);
                case RUN -> style().green(task.change().mark);
                case REFUSED -> style().red(task.change().mark);
                case NONE -> " ";
            };
            boolean update = task.change() == Change.UPDATE;
            out().println(mark + " " + task.kind() + " " + task.target() + (update ? "" : ": " + task.changes().getFirst()));
            if (update) {
                task.changes().forEach(change -> out().println("      " + change));
            }
            changes += task.apply() == null ? 0 : 1;
        }
        out().println(changes + " of " + tasks.size() + " task(s) to apply");
        out().flush();
    }

    private static ArrayNode report(List<Task> tasks, List<String> outcomes) {
        ArrayNode array = AdminClient.JSON.createArrayNode();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            var node = array.addObject().put("task", t.kind()).put("target", t.target())
                    .put("change", t.change().json);
            t.changes().forEach(node.putArray("changes")::add);
            if (outcomes != null) {
                node.put("outcome", outcomes.get(i).strip());
            }
        }
        return array;
    }
}
