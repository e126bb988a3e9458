package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/** One event of the stream ({@code {"id", "type", "event"}}) as one line: time, subject, type, what happened. */
final class EventLine {

    private static final Set<String> SUBJECTS = Set.of("component", "target", "agent", "nodeId");
    private static final Set<String> LEFT_OUT = Set.of("time", "component", "target", "agent", "nodeId");

    private EventLine() {
    }

    static String type(JsonNode frame) {
        return frame.path("type").asText();
    }

    /** The component, target, agent or node the event is about; empty when none. */
    static String subject(JsonNode frame) {
        JsonNode event = frame.path("event");
        for (String field : SUBJECTS) {
            if (event.hasNonNull(field) && !event.path(field).asText().isEmpty()) {
                return event.path(field).asText();
            }
        }
        return "";
    }

    static String of(JsonNode frame, Style style) {
        JsonNode event = frame.path("event");
        return Times.clock(event.path("time").asText()) + "  " + pad(subject(frame), 12) + "  "
                + style.bold(pad(type(frame), 17)) + "  " + summary(type(frame), event, style);
    }

    private static String summary(String type, JsonNode e, Style style) {
        return switch (type) {
            case "HealthChanged" -> style.state(e.at("/previous/status").asText()) + " → "
                    + style.state(e.at("/current/status").asText()) + reason(e.at("/current/reason").asText());
            case "BreakerTransition" -> style.state(e.path("from").asText()) + " → " + style.state(e.path("to").asText())
                    + reason(e.path("reason").asText());
            case "RepairAttempted" -> "L" + e.path("level").asText() + " " + e.path("function").asText() + ": "
                    + style.state(e.path("outcome").asText()) + " in " + Times.duration(e.path("duration").asText());
            case "IncidentClosed" -> e.path("incidentId").asText() + " closed by " + e.path("resolvedBy").asText()
                    + ", MTTR " + Times.duration(e.path("mttr").asText());
            case "GenerationEvaluated" -> String.format(java.util.Locale.ROOT, "generation %d: best %.4f, mean %.4f",
                    e.path("generation").asLong(), e.path("bestFitness").asDouble(), e.path("meanFitness").asDouble());
            default -> fields(e);
        };
    }

    private static String fields(JsonNode e) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, JsonNode> f : e.properties()) {
            if (LEFT_OUT.contains(f.getKey()) || f.getValue().isContainerNode() || f.getValue().isNull()) {
                continue;
            }
            String value = f.getValue().asText();
            if (!value.isEmpty()) {
                out.append(out.isEmpty() ? "" : ", ").append(f.getKey()).append(' ').append(value);
            }
        }
        return out.toString();
    }

    private static String reason(String reason) {
        return reason == null || reason.isEmpty() ? "" : " (" + reason + ")";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
