package io.hms.consensus.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.consensus.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three node JVMs, each with an HMS runtime on its Raft coordinator; one writer per node applies
 * policy patches of the same component through its node's configurator, concurrently. A patch is
 * promoted only on the version it was derived from: of the patches on one base exactly one wins, the
 * others are refused naming the current version, and every result names the version its own patch made.
 */
@Tag("multi-jvm")
class ConcurrentPatchWritersTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentPatchWritersTest.class);

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int ROUNDS = 15;
    private static final int FREE_PATCHES_PER_WRITER = 40;

    @TempDir
    Path dir;
    ChaosCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** One patch sent and how it ended. */
    private record Attempt(int node, String tag, long base, boolean promoted, long version, String answer) {
    }

    private static <T> T eventually(String what, Supplier<T> probe) {
        return Eventually.value(what, PATIENCE, probe);
    }

    private String ask(int node, String verb, String arg) throws Exception {
        return cluster.node(node).request(verb, arg).get(30, TimeUnit.SECONDS);
    }

    private CompletableFuture<Attempt> patch(int node, long base, String tag) {
        return cluster.node(node).request("PATCH", base + " " + tag).handle((answer, error) -> {
            if (error != null) {
                return new Attempt(node, tag, base, false, 0, String.valueOf(error.getMessage()));
            }
            String[] versionAndSource = answer.split(" ", 2);
            assertThat(versionAndSource[1]).as("the promoted version's source is the patch's own")
                    .isEqualTo("patch:" + tag);
            return new Attempt(node, tag, base, true, Long.parseLong(versionAndSource[0]), answer);
        });
    }

    /** Whether a refusal names {@code current} as the current version. */
    private static boolean namesCurrentVersion(String refusal, long current) {
        return Pattern.compile("(current version is v|at policy version )" + current + "\\b").matcher(refusal).find();
    }

    @Test
    void ofConcurrentPatchesOnOneBaseExactlyOneIsPromotedAndEachResultNamesItsOwnVersion() throws Exception {
        cluster = new ChaosCluster(dir, 3, List.of("runtime")).startAll();
        eventually("a leader", () -> cluster.leader().orElse(null));
        List<Attempt> attempts = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            long base = Long.parseLong(ask(0, "SYNCVERSION", null));
            for (int node = 1; node < cluster.size(); node++) {
                assertThat(Long.parseLong(ask(node, "SYNCVERSION", null))).as("every node synced to v" + base)
                        .isEqualTo(base);
            }
            List<CompletableFuture<Attempt>> sent = new ArrayList<>();
            for (int node = 0; node < cluster.size(); node++) {
                sent.add(patch(node, base, "r" + round + "-n" + node));
            }
            List<Attempt> outcomes = new ArrayList<>();
            for (CompletableFuture<Attempt> attempt : sent) {
                outcomes.add(attempt.get(60, TimeUnit.SECONDS));
            }
            attempts.addAll(outcomes);

            assertThat(outcomes).as("round %d on v%d: %s", round, base, outcomes).filteredOn(Attempt::promoted)
                    .singleElement().satisfies(winner -> assertThat(winner.version()).isEqualTo(base + 1));
            assertThat(outcomes).filteredOn(a -> !a.promoted()).hasSize(2)
                    .allSatisfy(refused -> assertThat(namesCurrentVersion(refused.answer(), base + 1))
                            .as("refused naming v%d: %s", base + 1, refused.answer()).isTrue());
        }

        attempts.addAll(freeRunningWriters());

        checkAgainstTheLog(attempts);
    }

    /**
     * Each writer reads the version its own node holds, without syncing (a lagging node gives an old
     * base), and patches on it, as fast as answers come.
     */
    private List<Attempt> freeRunningWriters() throws InterruptedException {
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> writers = new ArrayList<>();
        for (int node = 0; node < cluster.size(); node++) {
            int writer = node;
            writers.add(Thread.ofPlatform().name("hms-patch-writer-" + node).start(() -> {
                for (int i = 0; i < FREE_PATCHES_PER_WRITER; i++) {
                    try {
                        long base = Long.parseLong(ask(writer, "VERSION", null));
                        attempts.add(patch(writer, base, "f" + i + "-n" + writer).get(60, TimeUnit.SECONDS));
                    } catch (Exception | AssertionError e) {
                        failures.add(new AssertionError("writer " + writer + " could not patch", e));
                        return;
                    }
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join(TimeUnit.MINUTES.toMillis(3));
        }
        assertThat(failures).isEmpty();
        assertThat(attempts).hasSize(cluster.size() * FREE_PATCHES_PER_WRITER);
        return attempts;
    }

    /**
     * Every node applied the same commits; each version after the first was made by exactly one promoted
     * patch, based on the version before it, which reported that version; every refusal named a version
     * newer than its base.
     */
    private void checkAgainstTheLog(List<Attempt> attempts) throws Exception {
        assertThat(attempts).as("no patch ended without an answer (a timeout would leave its outcome unknown)")
                .noneMatch(a -> !a.promoted() && a.answer().contains("died"));
        for (int node = 0; node < cluster.size(); node++) {
            ask(node, "SYNCVERSION", null);
        }
        List<String> log = List.of(ask(0, "PATCHLOG", null).split(","));
        for (int node = 1; node < cluster.size(); node++) {
            assertThat(List.of(ask(node, "PATCHLOG", null).split(","))).as("node %d's log", node)
                    .isEqualTo(log);
        }
        Map<Long, String> sourceByVersion = new HashMap<>();
        for (int i = 0; i < log.size(); i++) {
            String[] entry = log.get(i).split(":", 2);
            assertThat(Long.parseLong(entry[0])).as("versions in log order, none skipped").isEqualTo(i + 2);
            sourceByVersion.put(Long.parseLong(entry[0]), entry[1]);
        }
        List<Attempt> promoted = attempts.stream().filter(Attempt::promoted).toList();
        Set<Long> bases = new HashSet<>();
        for (Attempt winner : promoted) {
            assertThat(bases.add(winner.base())).as("one winner on v%d", winner.base()).isTrue();
            assertThat(winner.version()).as("promoted on its own base").isEqualTo(winner.base() + 1);
            assertThat(sourceByVersion.get(winner.version())).as("v%d made by the patch that reported it",
                    winner.version()).isEqualTo("patch:" + winner.tag());
        }
        assertThat(promoted).as("every committed version was reported by the patch that made it")
                .hasSize(log.size());
        for (Attempt refused : attempts.stream().filter(a -> !a.promoted()).toList()) {
            long named = namedVersion(refused.answer());
            assertThat(named).as("refusal of a patch on v%d: %s", refused.base(), refused.answer())
                    .isGreaterThan(refused.base());
        }
        LOG.info(String.format("concurrent writers: %d patches, %d promoted, %d refused", attempts.size(),
                promoted.size(), attempts.size() - promoted.size()));
    }

    /** The current version a refusal names. */
    private static long namedVersion(String refusal) {
        var matcher = Pattern.compile("(?:current version is v|at policy version )(\\d+)").matcher(refusal);
        if (!matcher.find()) {
            throw new AssertionError("a refusal that names no current version: " + refusal);
        }
        return Long.parseLong(matcher.group(1));
    }
}
