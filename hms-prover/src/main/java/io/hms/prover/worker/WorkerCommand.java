package io.hms.prover.worker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start a worker process: the {@code java} launcher, its options and class path. By default the JVM
 * running the supervisor is started again on the same class path, small and quick to start (serial GC, a
 * 256 MB heap, the C1 compiler only): the solver's memory is native, outside the heap.
 *
 * @param java      the {@code java} launcher
 * @param options   JVM options
 * @param classPath the class path, with the backend's jar on it
 */
public record WorkerCommand(Path java, List<String> options, String classPath) {
    /** Copies the options. */
    public WorkerCommand {
        Objects.requireNonNull(java, "java");
        options = List.copyOf(options);
        Objects.requireNonNull(classPath, "classPath");
    }

    /** This JVM's launcher and class path, with the default options. */
    public static WorkerCommand sameJvm() {
        return new WorkerCommand(Path.of(System.getProperty("java.home"), "bin", "java"),
                List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                        "--enable-native-access=ALL-UNNAMED"),
                System.getProperty("java.class.path"));
    }

    /** This command with {@code more} JVM options after its own, e.g. a system property for a test. */
    public WorkerCommand withOptions(String... more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return new WorkerCommand(java, all, classPath);
    }

    /** The command line of a worker for {@code backend} named {@code agent}. */
    List<String> commandLine(String backend, String agent) {
        List<String> line = new ArrayList<>();
        line.add(java.toString());
        line.addAll(options);
        line.add("-cp");
        line.add(classPath);
        line.add(ProverWorker.class.getName());
        line.add(backend);
        line.add(agent);
        return line;
    }
}
