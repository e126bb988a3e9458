package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.core.time.ManualScheduler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building a runtime says what it runs with in one INFO line. Runs in a JVM of its own, with INFO
 * enabled, so the count is not disturbed by the other tests' loggers (configured once per JVM) or output.
 */
@Tag("multi-jvm")
class RuntimeBuildLogTest {

    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    /** Builds a runtime with every default discovery on, and closes it. */
    public static final class BuildOnce {
        public static void main(String[] args) {
            Hms.builder().scheduler(new ManualScheduler()).component("db").build().close();
        }
    }

    @Test
    void buildingARuntimeLogsOneInfoLine() throws Exception {
        List<String> info = run(BuildOnce.class).stream().filter(line -> line.startsWith("INFO ")).toList();

        assertThat(info).singleElement().satisfies(line -> assertThat(line)
                .contains("HMS runtime built", "[db]", "coordinator LocalCoordinator", "optimizer none"));
    }

    private List<String> run(Class<?> main) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("output.txt");
        Path logging = dir.resolve("logback.xml");
        Files.writeString(logging, """
                <configuration>
                  <statusListener class="ch.qos.logback.core.status.NopStatusListener"/>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%level %logger - %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath,
                "-Dlogback.configurationFile=" + logging, main.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("the JVM exits").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text.lines().toList();
    }
}
