package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;

/** {@code hms agent list}: the organism's agents, their state and last action. */
@Command(name = "agent", description = "The organism's agents.", mixinStandardHelpOptions = true,
        subcommands = AgentCommand.ListAgents.class)
final class AgentCommand {

    /** {@code hms agent list}. */
    @Command(name = "list", description = "The agents, their state, restarts and last action.",
            mixinStandardHelpOptions = true)
    static final class ListAgents extends HostCommand {
        @Override
        int execute() {
            try (AdminClient host = global().client()) {
                JsonNode agents = host.get("api/agents");
                if (global().json()) {
                    printJson(agents);
                    return 0;
                }
                Table table = new Table("AGENT", "STATE", "RESTARTS", "LAST ACTION");
                for (JsonNode a : agents) {
                    JsonNode last = a.path("lastAction");
                    table.row(a.path("name").asText(), a.path("state").asText(), a.path("restarts").asLong(),
                            last.isMissingNode() || last.isNull() ? "-" : Times.clock(last.path("time").asText())
                                    + " " + last.path("type").asText());
                }
                table.print(out(), style());
                return 0;
            }
        }
    }
}
