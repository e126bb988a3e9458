package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hms ffi diff [--agent A] [--apply PATCH]}: pending patches as diffs, and a person's promotion. */
@Command(name = "ffi", mixinStandardHelpOptions = true,
        description = "The FFI registry's policies: the patches waiting or in canary, as diffs.",
        subcommands = FfiCommand.Diff.class)
final class FfiCommand {

    /** {@code hms ffi diff}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "The patches pending or in canary, each as its diff against the policy in force; --apply"
                    + " promotes one now.")
    static final class Diff extends HostCommand {

        @Option(names = "--agent", paramLabel = "AGENT",
                description = "Only patches proposed by this agent or caller, e.g. optimizer, admin.")
        String agent;

        @Option(names = "--apply", paramLabel = "PATCH", description = "Promote this patch now, before its canary's"
                + " verdict.")
        String apply;

        @Override
        int execute() {
            try (AdminClient host = global().client()) {
                if (apply != null) {
                    JsonNode decided = host.post("api/patches/" + apply + "/promote", java.util.Map.of());
                    if (global().json()) {
                        printJson(decided);
                    } else {
                        out().println("patch " + apply + ": " + style().state("promoted")
                                + (decided.has("version") ? " as v" + decided.path("version").asLong() : ""));
                    }
                    return 0;
                }
                JsonNode patches = host.get("api/patches");
                var shown = AdminClient.JSON.createArrayNode();
                for (JsonNode p : patches) {
                    String state = p.path("state").asText();
                    String source = p.path("source").asText("");
                    if ((state.equals("pending") || state.equals("canary")) && (agent == null
                            || source.toLowerCase(Locale.ROOT).startsWith(agent.toLowerCase(Locale.ROOT)))) {
                        shown.add(p);
                    }
                }
                if (global().json()) {
                    printJson(shown);
                    return 0;
                }
                if (shown.isEmpty()) {
                    out().println("no patch is pending or in canary" + (agent == null ? "" : " from " + agent));
                }
                for (JsonNode p : shown) {
                    out().println(style().bold("patch " + p.path("id").asText()) + "  " + p.path("component").asText()
                            + "  " + style().state(p.path("state").asText()) + "  by " + p.path("source").asText("?"));
                    if (!p.path("reason").asText("").isEmpty()) {
                        out().println("  " + style().dim(p.path("reason").asText()));
                    }
                    for (JsonNode change : p.path("diff")) {
                        out().println("  ~ " + change.asText());
                    }
                    JsonNode calls = p.path("canary").path("calls");
                    if (!calls.isMissingNode() && !calls.isNull()) {
                        out().println(String.format(Locale.ROOT, "  canary: %d calls, %.1f %% errors",
                                calls.path("calls").asLong(), calls.path("errorRate").asDouble() * 100));
                    }
                }
                out().flush();
                return 0;
            }
        }
    }
}
