package io.hms.benchmarks.raft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link FailoverNode} in a child JVM, driven through stdin and stdout. Thread-safe. */
final class NodeJvm {

    private static final AtomicLong IDS = new AtomicLong();

    private final Process process;
    private final Map<Long, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final CountDownLatch ready = new CountDownLatch(1);

    private NodeJvm(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("hms-failover-reader").start(this::read);
    }

    /** Starts a node JVM on this JVM's class path and waits until it runs. */
    static NodeJvm start(String address, List<String> peers, Path dataDirectory, long electionMillis)
            throws InterruptedException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx192m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                // RocksDB's native library, unpacked there, is deleted only on a clean exit: not on kill -9
                "-Djava.io.tmpdir=" + dataDirectory.resolve("tmp"), "-cp", System.getProperty("java.class.path"),
                FailoverNode.class.getName(), address, String.join(",", peers), dataDirectory.toString(),
                Long.toString(electionMillis));
        try {
            Files.createDirectories(dataDirectory.resolve("tmp"));
            NodeJvm node = new NodeJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
            if (!node.ready.await(30, TimeUnit.SECONDS) || !node.alive()) {
                node.kill();
                throw new IllegalStateException("node " + address + " did not start");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Sends a request; completes with the answer word, or fails when the process dies. */
    CompletableFuture<String> request(String verb) {
        long id = IDS.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            OutputStream in = process.getOutputStream();
            synchronized (in) {
                in.write((id + " " + verb + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            answer.completeExceptionally(e);
        }
        if (!process.isAlive()) {
            failPending();
        }
        return answer;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Kills the JVM with SIGKILL and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        failPending();
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] parts = line.split(" ");
                if (parts[0].equals("READY")) {
                    ready.countDown();
                } else if (parts.length == 2) {
                    CompletableFuture<String> answer = pending.remove(Long.parseLong(parts[0]));
                    if (answer != null) {
                        answer.complete(parts[1]);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended
        } finally {
            ready.countDown();
            failPending();
        }
    }

    private void failPending() {
        for (Long id : List.copyOf(pending.keySet())) {
            CompletableFuture<String> answer = pending.remove(id);
            if (answer != null) {
                answer.completeExceptionally(new IllegalStateException("the node died"));
            }
        }
    }
}
