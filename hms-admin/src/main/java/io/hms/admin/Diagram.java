package io.hms.admin;

import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.core.Hms;
import java.util.List;
import java.util.Locale;

/**
 * The organism as a Mermaid flowchart, drawn from the live runtime: the supervisor's agents as cells, every
 * registered component with its health and breaker state (as a class the page colours), and the data flow
 * between them. Node ids are derived from names, so the page can find a component's node again.
 */
final class Diagram {

    private Diagram() {
    }

    static String of(Hms hms) {
        List<String> agents = hms.supervisor().agents();
        List<String> components = hms.registry().componentNames().stream().sorted().toList();
        StringBuilder m = new StringBuilder("flowchart LR\n");
        m.append("  classDef up fill:#e6f4ea,stroke:#1e8e3e,color:#0d3b1e\n");
        m.append("  classDef degraded fill:#fef7e0,stroke:#f9ab00,color:#4a3500\n");
        m.append("  classDef down fill:#fce8e6,stroke:#d93025,color:#5c0b07\n");
        m.append("  classDef unknown fill:#f1f3f4,stroke:#80868b,color:#202124\n");
        m.append("  classDef agent fill:#e8f0fe,stroke:#1a73e8,color:#0b2a5c\n");
        m.append("  subgraph organism[\"HMS organism\"]\n");
        for (String agent : agents) {
            m.append("    ").append(agentId(agent)).append("([\"").append(title(agent)).append("\"]):::agent\n");
        }
        m.append("  end\n");
        for (String component : components) {
            Health health = hms.health(component);
            String breaker = hms.guard(component).breakerState().name();
            m.append("  ").append(componentId(component)).append("[\"").append(escape(component))
                    .append("<br/>").append(health.status()).append(" · breaker ").append(breaker).append("\"]:::")
                    .append(cssClass(health.status(), breaker)).append('\n');
        }
        for (String component : components) {
            String c = componentId(component);
            link(m, agents, "monitor", "checks", c);
            link(m, agents, "healer", "repairs", c);
            link(m, agents, "configurator", "policy", c);
            if (agents.contains("metrics")) {
                m.append("  ").append(c).append(" -. calls .-> ").append(agentId("metrics")).append('\n');
            }
        }
        if (agents.contains("monitor") && agents.contains("healer")) {
            m.append("  ").append(agentId("monitor")).append(" -- health --> ").append(agentId("healer")).append('\n');
        }
        if (agents.contains("optimizer") && agents.contains("configurator")) {
            m.append("  ").append(agentId("optimizer")).append(" -- patches --> ").append(agentId("configurator"))
                    .append('\n');
        }
        return m.toString();
    }

    private static void link(StringBuilder m, List<String> agents, String agent, String label, String component) {
        if (agents.contains(agent)) {
            m.append("  ").append(agentId(agent)).append(" -- ").append(label).append(" --> ").append(component)
                    .append('\n');
        }
    }

    static String cssClass(HealthStatus status, String breaker) {
        if (status == HealthStatus.DOWN || breaker.equals("OPEN")) {
            return "down";
        }
        if (status == HealthStatus.DEGRADED || breaker.equals("HALF_OPEN")) {
            return "degraded";
        }
        return status == HealthStatus.UP ? "up" : "unknown";
    }

    /** A node id per component name, one to one: '_' becomes "__", '.' "_d" and '-' "_h". */
    static String componentId(String component) {
        return "c_" + plain(component);
    }

    static String agentId(String agent) {
        return "a_" + plain(agent);
    }

    private static String plain(String name) {
        return name.replace("_", "__").replace(".", "_d").replace("-", "_h").replaceAll("[^A-Za-z0-9_]", "_x");
    }

    private static String title(String agent) {
        return agent.isEmpty() ? agent : agent.substring(0, 1).toUpperCase(Locale.ROOT) + agent.substring(1);
    }

    private static String escape(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
