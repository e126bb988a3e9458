package io.hms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the terminal shows: lines wrapped at 80 columns, tables cut to fit, events as one line, meter names. */
class TerminalTextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLongLineWrapsAtSpacesWithTheRestIndentedAndColoursTakeNoColumns() {
        String red = "\u001b[31mDOWN\u001b[0m";
        String line = "14:25:06.948  inventory  IncidentEscalated  " + red + " reason restartClient: health checks"
                + " pass but calls still fail: the breaker's probes failed and it opened again";

        List<String> lines = Wrap.lines(line, 80);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(Wrap.visible(l)).isLessThanOrEqualTo(80));
        assertThat(lines.get(0)).contains(red);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith(Wrap.INDENT)
                .doesNotStartWith(Wrap.INDENT + " "));
        assertThat(String.join(" ", lines).replaceAll(" +", " ")).isEqualTo(line.replaceAll(" +", " "));
        assertThat(Wrap.lines("short", 80)).containsExactly("short");
        assertThat(Wrap.lines("x".repeat(100), 80)).hasSize(2).first().asString().hasSize(80);
    }

    @Test
    void aTableFitsEightyColumnsByCuttingItsWidestColumn() {
        Table table = new Table("COMPONENT", "DETAIL").row("payments", "y".repeat(200)).row("inventory", "short");
        StringWriter out = new StringWriter();

        table.print(new PrintWriter(out), Style.plain());

        assertThat(out.toString().lines()).hasSize(3).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(out.toString()).contains("…", "inventory  short");
    }

    @Test
    void eventsReadAsOneLineEach() throws Exception {
        JsonNode health = json.readTree("""
                {"id":7,"type":"HealthChanged","event":{"time":"2026-12-06T14:00:00Z","component":"payments",
                 "previous":{"status":"UP"},"current":{"status":"DOWN","reason":"refused"}}}""");
        JsonNode repair = json.readTree("""
                {"id":8,"type":"RepairAttempted","event":{"time":"2026-12-06T14:00:01Z","component":"payments",
                 "function":"restart","level":2,"outcome":"VERIFIED","duration":"PT0.25S"}}""");
        JsonNode admin = json.readTree("""
                {"id":9,"type":"AdminAction","event":{"time":"2026-12-06T14:00:02Z","caller":"token:ab12cd34",
                 "action":"POST /hms/api/patches","target":"payments","status":202,"outcome":"done"}}""");

        assertThat(EventLine.of(health, Style.plain())).contains("payments", "HealthChanged", "UP → DOWN (refused)");
        assertThat(EventLine.of(repair, Style.plain())).contains("L2 restart: VERIFIED in 250ms");
        assertThat(EventLine.of(admin, Style.plain())).contains("AdminAction", "caller token:ab12cd34",
                "status 202").doesNotContain("target");
        assertThat(EventLine.subject(admin)).isEqualTo("payments");
    }

    @Test
    void metersAreNamedAsPrometheusNamesThem() {
        assertThat(MetricsCommand.Pull.prometheusName("hms.guard.calls", "counter", "count"))
                .isEqualTo("hms_guard_calls_total");
        assertThat(MetricsCommand.Pull.prometheusName("hms.guard.latency", "timer", "total_time"))
                .isEqualTo("hms_guard_latency_seconds_sum");
        assertThat(MetricsCommand.Pull.prometheusName("hms.guard.limit", "gauge", "value")).isEqualTo("hms_guard_limit");
    }
}
