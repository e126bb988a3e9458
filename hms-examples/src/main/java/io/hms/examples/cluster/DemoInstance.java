package io.hms.examples.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ClusterDemoNode} in its own JVM: its narration is copied to the demo's output, its
 * {@code status} answers are read back. Not thread-safe; one demo thread drives it.
 *
 * @param name    the instance's name
 * @param address its Raft address
 */
record DemoInstance(String name, String address, Process process, BlockingQueue<String> answers) {

    /** Starts the instance JVM on this JVM's class path. */
    static DemoInstance start(String name, String address, List<String> peers, Path dataDirectory, PrintStream out) {
        // RocksDB unpacks its native library into java.io.tmpdir and deletes it only on a clean exit; the
        // demo kills its leader, so the library goes to the instance's (temporary) directory, not /tmp
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-Xmx192m",
                "-Djava.io.tmpdir=" + dataDirectory.resolve("tmp"), "-cp", System.getProperty("java.class.path"),
                ClusterDemoNode.class.getName(),
                name, address, String.join(",", peers), dataDirectory.toString());
        try {
            Files.createDirectories(dataDirectory.resolve("tmp"));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            DemoInstance instance = new DemoInstance(name, address, process, new LinkedBlockingQueue<>());
            Thread.ofPlatform().daemon().name("hms-demo-output-" + name).start(() -> instance.copyOutput(out));
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    /** The instance's status ({@code leader|follower version openMillis}), if it answers within 2 s. */
    Optional<String[]> status() {
        if (!process.isAlive()) {
            return Optional.empty();
        }
        answers.clear();
        send("status");
        try {
            String answer = answers.poll(2, TimeUnit.SECONDS);
            return answer == null ? Optional.empty() : Optional.of(answer.split(" "));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Sends one command line. */
    void send(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            // the instance is gone; its status tells
        }
    }

    /** Kills the JVM with SIGKILL, as a crash would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Asks the instance to stop (closes its stdin), killing it if it does not within 10 s. */
    void stop() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void copyOutput(PrintStream out) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("@@ status ")) {
                    answers.add(line.substring("@@ status ".length()));
                } else {
                    out.println(line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}
