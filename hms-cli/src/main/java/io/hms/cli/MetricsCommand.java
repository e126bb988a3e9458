package io.hms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hms metrics pull --since 5m}: HMS's meters, with their rates over the window. */
@Command(name = "metrics", mixinStandardHelpOptions = true, description = "The host's HMS meters.",
        subcommands = MetricsCommand.Pull.class)
final class MetricsCommand {

    /** {@code hms metrics pull}. */
    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = "The meters as a table (component, meter, tags, value, rate per second over the window) or"
                    + " --output json; names as Prometheus writes them.")
    static final class Pull extends HostCommand {

        @Option(names = "--since", paramLabel = "DURATION", converter = DurationConverter.class,
                defaultValue = "5m", description = "The window of the rates (default ${DEFAULT-VALUE}; the host keeps"
                + " an hour).")
        Duration since;

        @Option(names = "--prefix", paramLabel = "NAME", defaultValue = "hms.",
                description = "Only meters whose name starts so (default ${DEFAULT-VALUE}).")
        String prefix;

        @Override
        int execute() {
            try (AdminClient host = global().client()) {
                JsonNode meters = host.get("api/meters?prefix=" + java.net.URLEncoder.encode(prefix,
                        java.nio.charset.StandardCharsets.UTF_8) + "&since=" + since);
                if (global().json()) {
                    printJson(meters);
                    return 0;
                }
                Table table = new Table("COMPONENT", "METER", "TAGS", "VALUE", "RATE/S");
                String window = null;
                for (JsonNode m : meters) {
                    String type = m.path("type").asText();
                    JsonNode rates = m.path("ratesPerSecond");
                    if (m.hasNonNull("window")) {
                        window = Times.duration(m.path("window").asText());
                    }
                    for (Map.Entry<String, JsonNode> v : m.path("values").properties()) {
                        JsonNode rate = rates.path(v.getKey());
                        table.row(m.path("tags").path("component").asText("-"),
                                prometheusName(m.path("name").asText(), type, v.getKey()), tags(m.path("tags")),
                                number(v.getValue().asDouble()), rate.isNumber() ? number(rate.asDouble()) : "");
                    }
                }
                if (table.isEmpty()) {
                    out().println("no meter starts with '" + prefix + "'");
                    return 0;
                }
                table.print(out(), style(), cell -> cell);
                out().println(window == null ? "rates: the host has not kept meters long enough yet"
                        : "rates over the last " + window);
                return 0;
            }
        }

        /** {@code hms.guard.calls} as Prometheus names it: {@code hms_guard_calls_total}, timers in seconds. */
        static String prometheusName(String name, String type, String statistic) {
            String base = name.replace('.', '_').replace('-', '_');
            return switch (type + ":" + statistic) {
                case "counter:count" -> base + "_total";
                case "timer:count", "long_task_timer:count" -> base + "_seconds_count";
                case "timer:total", "timer:total_time" -> base + "_seconds_sum";
                case "timer:max" -> base + "_seconds_max";
                case "distribution_summary:count" -> base + "_count";
                case "distribution_summary:total" -> base + "_sum";
                case "distribution_summary:max" -> base + "_max";
                default -> statistic.equals("value") ? base : base + "_" + statistic;
            };
        }

        private static String tags(JsonNode tags) {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<String, JsonNode> t : tags.properties()) {
                if (!t.getKey().equals("component") && !t.getKey().equals("hms.runtime")) {
                    out.append(out.isEmpty() ? "" : ",").append(t.getKey()).append('=').append(t.getValue().asText());
                }
            }
            return out.toString();
        }

        private static String number(double value) {
            if (Double.isNaN(value)) {
                return "NaN";
            }
            return value == Math.rint(value) && Math.abs(value) < 1e12 ? Long.toString((long) value)
                    : String.format(Locale.ROOT, "%.3f", value);
        }
    }
}
