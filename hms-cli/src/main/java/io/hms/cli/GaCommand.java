package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hms ga evolve --component <c> --steps 10}: an optimizer run, followed live to its verdict. */
@Command(name = "ga", mixinStandardHelpOptions = true, description = "The host's optimizer.",
        subcommands = GaCommand.Evolve.class)
final class GaCommand {

    /** {@code hms ga evolve}. */
    @Command(name = "evolve", mixinStandardHelpOptions = true,
            description = "Starts an optimizer run for a component and shows its generations as they come (best and"
                    + " mean fitness), then the optimizer's verdict, the winner's diff and the canary's verdict.")
    static final class Evolve extends HostCommand {

        private static final int BAR = 20;

        @Option(names = {"-c", "--component"}, required = true, paramLabel = "NAME", description = "The component.")
        String component;

        @Option(names = "--steps", paramLabel = "N", description = "A budget of N generations: N times the"
                + " optimizer's population in evaluations (its local search spends some, so a run may end sooner).")
        Integer steps;

        @Option(names = "--budget", paramLabel = "EVALUATIONS", description = "The run's budget in candidate"
                + " evaluations, instead of --steps.")
        Long budget;

        @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
                defaultValue = "5m", description = "How long to follow the run and its canary (default"
                + " ${DEFAULT-VALUE}).")
        Duration timeout;

        @Override
        int execute() {
            try (AdminClient host = global().client()) {
                long evaluations = evaluations(host);
                long since = EventsSince.last(host);
                host.post("api/optimizer/runs", evaluations == 0 ? Map.of("component", component) // its own budget
                        : Map.of("component", component, "evaluations", evaluations));
                if (!global().json()) {
                    out().println("optimizer run for " + style().bold(component) + (evaluations == 0 ? ""
                            : ": " + evaluations + " evaluations" + (steps == null ? "" : " (" + steps
                            + " generations)")));
                    for (JsonNode p : host.get("api/patches")) {
                        if (component.equals(p.path("component").asText()) && "canary".equals(p.path("state").asText())) {
                            out().println("waiting: patch " + p.path("id").asText() + " is in canary on " + component
                                    + "; the run starts after its verdict");
                        }
                    }
                    out().flush();
                }
                Progress progress = new Progress(host, evaluations);
                boolean ended = host.events(since, timeout, frame -> progress.see(frame));
                if (progress.line) {
                    out().println();
                }
                if (!ended) {
                    throw new CliFailure("the run of " + component + " did not end within "
                            + io.hms.api.Durations.format(timeout) + " (--timeout); hms events -f -c " + component
                            + " follows it");
                }
                out().flush();
                return 0;
            }
        }

        private long evaluations(AdminClient host) {
            if (steps != null && budget != null) {
                throw new CliFailure("give --steps or --budget, not both");
            }
            if (budget != null) {
                return budget;
            }
            if (steps == null) {
                return 0;
            }
            int population = host.get("api/optimizer").path("populationSize").asInt();
            if (population <= 0) {
                throw new CliFailure("the host's optimizer does not search in generations; give --budget instead");
            }
            return (long) steps * population;
        }

        /** What the run has shown so far, and when following it can stop. */
        private final class Progress {
            private final AdminClient host;
            private final long budget;
            boolean line;

            Progress(AdminClient host, long budget) {
                this.host = host;
                this.budget = budget;
            }

            boolean see(JsonNode frame) {
                String type = EventLine.type(frame);
                JsonNode e = frame.path("event");
                if (!component.equals(EventLine.subject(frame))) {
                    return true;
                }
                if (global().json()) {
                    out().println(frame);
                    out().flush();
                }
                switch (type) {
                    case "GenerationEvaluated" -> generation(e);
                    case "CandidateJudged" -> {
                        endLine();
                        if (!global().json()) {
                            printLine((e.path("proposed").asBoolean() ? style().green("proposes") + " its candidate"
                                    : style().yellow("keeps") + " the current policy") + ": " + e.path("detail").asText());
                        }
                        return e.path("proposed").asBoolean(); // kept: the run ends here; proposed: the canary follows
                    }
                    case "PatchProposed" -> {
                        if (!global().json()) {
                            diff(e.path("patchId").asText());
                        }
                    }
                    case "PatchPromoted" -> {
                        if (!global().json()) {
                            out().println("canary: " + style().state("promoted") + " as v" + e.path("version").asLong());
                        }
                        return false;
                    }
                    case "PatchRolledBack" -> {
                        if (!global().json()) {
                            out().println("canary: " + style().state("rolled back") + " (" + e.path("reason").asText()
                                    + ")");
                        }
                        return false;
                    }
                    default -> { }
                }
                out().flush();
                return true;
            }

            private void diff(String patchId) {
                out().println("patch " + patchId + " in canary:");
                for (JsonNode p : host.get("api/patches")) {
                    if (p.path("id").asText().equals(patchId)) {
                        p.path("diff").forEach(change -> out().println("  ~ " + change.asText()));
                    }
                }
            }

            private void generation(JsonNode e) {
                if (global().json()) {
                    return;
                }
                long spent = e.path("evaluations").asLong();
                String text = String.format(Locale.ROOT, "gen %3d  best %.4f  mean %.4f  %d%s evaluations",
                        e.path("generation").asLong(), e.path("bestFitness").asDouble(),
                        e.path("meanFitness").asDouble(), spent, budget > 0 ? "/" + budget : "");
                if (budget > 0) { // the budget is what ends the run: local search spends some of it between generations
                    int done = (int) Math.min(BAR, spent * BAR / budget);
                    text = "[" + "#".repeat(done) + ".".repeat(BAR - done) + "] " + text;
                }
                if (!HostCommand.terminal()) { // one line per generation where a bar cannot be redrawn
                    out().println(text);
                } else {
                    out().print("\r" + text);
                    line = true;
                }
                out().flush();
            }

            private void endLine() {
                if (line) {
                    out().println();
                    line = false;
                }
            }
        }
    }
}
