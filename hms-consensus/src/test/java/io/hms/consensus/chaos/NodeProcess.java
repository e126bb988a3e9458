package io.hms.consensus.chaos;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link ChaosNode} running in a child JVM, driven through its stdin and stdout. Requests are
 * answered asynchronously; when the process dies, every unanswered request fails. Thread-safe.
 */
final class NodeProcess implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong();

    final String address;
    private final Process process;
    private final OutputStream stdin;
    private final Map<Long, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile boolean dead;

    private NodeProcess(String address, Process process) {
        this.address = address;
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread reader = new Thread(this::readAnswers, "hms-chaos-reader-" + address);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a node JVM on this test's class path and waits until it runs. */
    static NodeProcess start(String address, List<String> peers, Path dataDirectory, Path logFile) {
        return start(address, peers, dataDirectory, logFile, List.of());
    }

    /**
     * Starts a node JVM on this test's class path and waits until it runs, passing {@code options} to
     * {@link ChaosNode} after its usual arguments ({@code runtime}, {@code requestMs=...}).
     */
    static NodeProcess start(String address, List<String> peers, Path dataDirectory, Path logFile,
                             List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // RocksDB unpacks its 14 MB native library into java.io.tmpdir and deletes it only on a clean exit:
        // a node killed with SIGKILL would leave it in /tmp, so it goes to the node's (temporary) directory
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xmx192m", "-Xss512k", "-Djava.io.tmpdir=" + dataDirectory.resolve("tmp"),
                "-cp", System.getProperty("java.class.path"), ChaosNode.class.getName(),
                address, String.join(",", peers), dataDirectory.toString()));
        command.addAll(options);
        try {
            Files.createDirectories(dataDirectory.resolve("tmp"));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            NodeProcess node = new NodeProcess(address, process);
            if (!node.ready.await(90, TimeUnit.SECONDS) || node.dead) {
                node.kill();
                throw new IllegalStateException("node " + address + " did not start; see " + logFile);
            }
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a node JVM: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + address, e);
        }
    }

    /** Sends {@code verb [arg]}; completes with the answer after OK, fails on ERR or death. */
    CompletableFuture<String> request(String verb, String arg) {
        long id = IDS.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (stdin) {
                stdin.write((id + " " + verb + (arg == null ? "" : " " + arg) + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            answer.completeExceptionally(new IllegalStateException("node " + address + " is gone", e));
        }
        if (dead) {
            failPending();
        }
        return answer;
    }

    boolean alive() {
        return !dead && process.isAlive();
    }

    /** Kills the JVM with SIGKILL and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dead = true;
        failPending();
    }

    @Override
    public void close() {
        kill();
    }

    private void readAnswers() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("@@ READY")) {
                    ready.countDown();
                } else if (line.startsWith("@@ ")) {
                    onAnswer(line.substring(3));
                }
            }
        } catch (IOException e) {
            // the process died; its requests fail below
        } finally {
            dead = true;
            ready.countDown();
            failPending();
        }
    }

    private void onAnswer(String answer) {
        String[] parts = answer.split(" ", 3);
        CompletableFuture<String> future = pending.remove(Long.parseLong(parts[0]));
        if (future == null) {
            return;
        }
        String rest = parts.length > 2 ? parts[2] : "";
        if (parts[1].equals("OK")) {
            future.complete(rest);
        } else {
            future.completeExceptionally(new IllegalStateException("node " + address + ": " + rest));
        }
    }

    private void failPending() {
        for (Long id : List.copyOf(pending.keySet())) {
            CompletableFuture<String> future = pending.remove(id);
            if (future != null) {
                future.completeExceptionally(new IllegalStateException("node " + address + " died"));
            }
        }
    }
}
