package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hms events [--follow]}: the organism's events, one line each, filtered by component and type. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "The recent events the host keeps, one line each; with --follow, the live stream.")
final class EventsCommand extends HostCommand {

    @Option(names = {"-f", "--follow"}, description = "Keep printing events as they happen, until Ctrl-C.")
    boolean follow;

    @Option(names = "--for", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --follow: stop after this long (default: until Ctrl-C).")
    java.time.Duration followFor = java.time.Duration.ofDays(365);

    @Option(names = {"-c", "--component"}, paramLabel = "NAME", split = ",",
            description = "Only events about these components (or targets, agents).")
    List<String> components = List.of();

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", split = ",",
            description = "Only these event types, e.g. HealthChanged,BreakerTransition.")
    List<String> types = List.of();

    @Override
    int execute() {
        try (AdminClient host = global().client()) {
            JsonNode recent = host.get("api/events?follow=false");
            long last = 0;
            for (JsonNode frame : recent) {
                last = frame.path("id").asLong();
                print(frame);
            }
            if (follow) {
                host.events(last, followFor, frame -> {
                    print(frame);
                    return true;
                });
            }
            return 0;
        }
    }

    private void print(JsonNode frame) {
        if (!components.isEmpty() && !components.contains(EventLine.subject(frame))
                || !types.isEmpty() && !types.contains(EventLine.type(frame))) {
            return;
        }
        if (global().json()) {
            out().println(frame.toString());
        } else {
            printLine(EventLine.of(frame, style()));
        }
        out().flush();
    }
}
