package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Console;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every leaf command shares: the global options, the terminal, and printing JSON or a table. */
abstract class HostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    Global global() {
        return ((HmsCli) spec.root().userObject()).global;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Style style() {
        return Style.of(global().noColor, terminal());
    }

    /** Whether standard output is a terminal (Console.isTerminal from Java 22, else a console at all). */
    static boolean terminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException before22) {
            return true;
        }
    }

    /**
     * Prints {@code line}; on a terminal, wrapped at {@value Table#WIDTH} columns ({@link Wrap}), so a long
     * reason reads as a paragraph instead of breaking mid-word.
     */
    void printLine(String line) {
        if (terminal()) {
            Wrap.lines(line, Table.WIDTH).forEach(out()::println);
        } else {
            out().println(line);
        }
    }

    void printJson(JsonNode node) {
        out().println(node.toPrettyString());
        out().flush();
    }

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    /** The command's work; returns the exit status. */
    abstract int execute() throws Exception;
}
