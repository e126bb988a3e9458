package io.hms.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parts of chaos depend one way, read from the sources: the catalogue on nothing of chaos, the
 * injections on the catalogue, the agent on both, experiments on the agent and the catalogue, the
 * meta-metrics on experiments. Comments and Javadoc do not count.
 */
class ChaosBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/hms/core/chaos");
    private static final Pattern CHAOS_NAME = Pattern.compile("\\bio\\.hms\\.core\\.chaos((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*[\\s\\S]*?\\*/|//[^\\n]*");

    @Test
    void eachPartUsesOnlyThePartsBeforeIt() {
        assertThat(uses()).isEqualTo(Map.of(
                "fault", Set.of(),
                "internal", Set.of("fault"),
                "chaos", Set.of("fault", "internal"),
                "experiment", Set.of("chaos", "fault"),
                "metrics", Set.of("experiment")));
    }

    @Test
    void nothingInChaosNamesAClusterImplementation() {
        for (Path file : sources()) {
            assertThat(code(file)).as(file.toString()).doesNotContain("io.hms.consensus", "com.alipay");
        }
    }

    /** Part → the other chaos parts its code names (imports and qualified names). */
    private static Map<String, Set<String>> uses() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : sources()) {
            String part = part(SOURCES.relativize(file.getParent()).toString());
            Set<String> used = uses.computeIfAbsent(part, p -> new TreeSet<>());
            Matcher m = CHAOS_NAME.matcher(code(file));
            while (m.find()) {
                String other = part(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
                if (!other.equals(part)) {
                    used.add(other);
                }
            }
        }
        return uses;
    }

    private static String part(String relativePackage) {
        return relativePackage.isEmpty() ? "chaos" : relativePackage.replace('/', '.');
    }

    private static String code(Path file) {
        try {
            return COMMENT.matcher(Files.readString(file)).replaceAll(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Path> sources() {
        assertThat(SOURCES).as("run from hms-core").isDirectory();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
