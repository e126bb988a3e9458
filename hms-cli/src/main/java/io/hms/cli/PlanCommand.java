package io.hms.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.hms.plan.PlanProblem;
import io.hms.plan.Plans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hms plan new | validate | schema | apply}: plan files. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Plan files: write, check and apply them.",
        subcommands = {PlanCommand.NewPlan.class, PlanCommand.Validate.class, PlanCommand.Schema.class,
                PlanApply.class})
final class PlanCommand {

    static final String SCHEMA_FILE = "hms-plan.schema.json";

    /** {@code hms plan new <name>}. */
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Writes NAME.hms.yaml, a plan with every section commented and valid as written, and the"
                    + " plan schema beside it for editors.")
    static final class NewPlan extends HostCommand {

        @Parameters(paramLabel = "NAME", description = "The plan's name (letters, digits, '.', '_', '-').")
        String name;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "Where to write (default: here).")
        Path dir;

        @Override
        int execute() throws IOException {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
                throw new CliFailure("'" + name + "' is not a plan name; use letters, digits, '.', '_' and '-',"
                        + " starting with a letter or digit");
            }
            Path file = dir.resolve(name + ".hms.yaml").normalize();
            String text = template().replace("{{name}}", name).replace("{{file}}", file.getFileName().toString());
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                throw new CliFailure(file + " exists already; choose another name or remove it");
            }
            Path schema = dir.resolve(SCHEMA_FILE).normalize();
            if (!Files.exists(schema)) {
                Files.writeString(schema, Plans.schema(), StandardCharsets.UTF_8);
            }
            out().println("wrote " + file + " (and " + schema + " for editors); check it with: hms plan validate "
                    + file);
            return 0;
        }

        private static String template() throws IOException {
            try (InputStream in = PlanCommand.class.getResourceAsStream("plan-template.yaml")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** {@code hms plan validate <file>}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks a plan offline: every problem at its file:line:column with the fix. Exit 1 on"
                    + " problems.")
    static final class Validate extends HostCommand {

        @Parameters(paramLabel = "FILE", description = "The plan file.")
        Path file;

        @Override
        int execute() {
            List<PlanProblem> problems = Plans.check(file);
            if (global().json()) {
                ArrayNode array = AdminClient.JSON.valueToTree(problems);
                printJson(array);
            } else if (problems.isEmpty()) {
                out().println(file + ": " + style().green("valid"));
            } else {
                problems.forEach(p -> err().println(p));
                err().println(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
            }
            out().flush();
            err().flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }

    /** {@code hms plan schema}. */
    @Command(name = "schema", mixinStandardHelpOptions = true,
            description = "Prints the plan's JSON Schema (draft 2020-12), for editors and YAML language servers.")
    static final class Schema extends HostCommand {
        @Override
        int execute() {
            out().println(Plans.schema());
            return 0;
        }
    }
}
