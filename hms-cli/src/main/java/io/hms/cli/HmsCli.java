package io.hms.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code hms} command line: plans, chaos, meters, optimizer runs, patches, agents and events of a running
 * host, through its admin API. Exit status 0 when the command did its work, 1 when it failed (one line on
 * standard error says why), 2 for a command line it does not understand.
 *
 * <pre>{@code
 * hms plan validate checkout.hms.yaml
 * hms --url http://127.0.0.1:8711/hms/ --token-file /tmp/hms-admin-1234.token agent list
 * }</pre>
 */
@Command(name = "hms", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Steers a running HMS host through its admin API, and checks plans.",
        subcommands = {PlanCommand.class, ChaosCommand.class, MetricsCommand.class, GaCommand.class,
                FfiCommand.class, AgentCommand.class, EventsCommand.class,
                AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit status: 0 done, 1 failed, 2 usage.",
                "Host: --url (HMS_URL) and --token-file (HMS_TOKEN_FILE), as the host's log prints them."})
public final class HmsCli {

    @Mixin
    Global global;

    private HmsCli() {
    }

    /** Runs {@code hms} with {@code args} and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code hms} with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new HmsCli());
        cli.setOut(out).setErr(err);
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CliFailure failure) {
                line.getErr().println("hms: " + failure.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
            line.getErr().println("hms: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
            return CommandLine.ExitCode.SOFTWARE;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
