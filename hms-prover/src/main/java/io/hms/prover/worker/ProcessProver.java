package io.hms.prover.worker;

import com.fasterxml.jackson.databind.JsonNode;
import io.hms.prover.spi.Evidence;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofMessages;
import io.hms.prover.spi.ProofMsg;
import io.hms.prover.spi.ProofProgress;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A prover in a worker process of its own ({@link ProverWorker}), so that a solver that ignores its budget can
 * be stopped: a job not answered within its wall time plus a grace is ended by killing the process, and the
 * next job starts a fresh one. A process that dies mid-job gives a {@link Verdict#CRASHED} result naming its
 * exit code and last words; an interrupted caller kills the process and gets a {@link CancellationException}.
 * One job at a time, as every {@link Prover}; {@link #kill()} and {@link #silence()} may be called from any
 * thread (a kill during a job ends it as {@link Verdict#CRASHED}).
 */
public final class ProcessProver implements Prover {
    private static final JsonNode EOF = WorkerProtocol.parse("{\"control\":\"eof\"}");
    private static final int STDERR_LINES = 20;
    private static final String WORKER_DIED = "the worker process died";
    /** How long a worker may take to start and say hello: a JVM and a native library, on a loaded machine. */
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final WorkerCommand command;
    private final String backend;
    private final String agent;
    private final Duration grace;
    private final Consumer<ProofProgress> progress;
    private final Deque<String> lastWords = new ArrayDeque<>();
    private volatile Worker worker;
    private volatile String version = "";
    private volatile long lastHeardNanos = System.nanoTime();

    /**
     * A handle on workers of {@code backend}; the first process starts with the first job.
     *
     * @param command  how to start a worker
     * @param backend  the backend the worker loads, e.g. {@code z3}
     * @param agent    the agent's name, for progress and logs
     * @param grace    how long past its budget a job may run before its process is killed, and a worker may
     *                 take to answer a reset (it may take 30 s to start)
     * @param progress told of each progress message
     */
    public ProcessProver(WorkerCommand command, String backend, String agent, Duration grace,
                         Consumer<ProofProgress> progress) {
        this.command = Objects.requireNonNull(command, "command");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.agent = Objects.requireNonNull(agent, "agent");
        this.grace = Objects.requireNonNull(grace, "grace");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public String backend() {
        return backend;
    }

    @Override
    public String version() {
        start();
        return version;
    }

    @Override
    public String render(Strategy strategy) {
        return strategy.toString();
    }

    /** Whether the worker process is running. */
    public boolean alive() {
        Worker w = worker;
        return w != null && w.process.isAlive();
    }

    /** The worker process's id, or -1 when none runs. */
    public long pid() {
        Worker w = worker;
        return w != null && w.process.isAlive() ? w.process.pid() : -1;
    }

    /** How long ago the worker last said anything: a busy worker sends progress every second. */
    public Duration silence() {
        return Duration.ofNanos(System.nanoTime() - lastHeardNanos);
    }

    @Override
    public ProofResult prove(ProofJob job) {
        long start = System.nanoTime();
        Worker w = start();
        try {
            w.send(ProofMessages.write(job));
        } catch (UncheckedIOException e) {
            kill(w);
            return failed(job, start, Verdict.CRASHED, e.getMessage() + lastWordsText());
        }
        long deadline = start + job.budget().wallTime().plus(grace).toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode line = left <= 0 ? null : w.lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    kill(w);
                    return failed(job, start, Verdict.TIMED_OUT, "the solver did not stop within its budget of "
                            + job.budget().wallTime() + " and " + grace + " of grace; its process was killed");
                }
                if (line == EOF) {
                    int code = exitCode(w);
                    kill(w);
                    return failed(job, start, Verdict.CRASHED, WORKER_DIED + " (exit code " + code + ")"
                            + lastWordsText());
                }
                if (!WorkerProtocol.isControl(line)) {
                    ProofMsg message = WorkerProtocol.message(line);
                    if (message instanceof ProofResult result && result.jobId().equals(job.jobId())) {
                        return result;
                    }
                    if (message instanceof ProofProgress p && p.jobId().equals(job.jobId())) {
                        progress.accept(p);
                    }
                }
            }
        } catch (InterruptedException e) {
            kill(w);
            Thread.currentThread().interrupt();
            throw new CancellationException("job " + job.jobId() + " was interrupted; its worker process was killed");
        }
    }

    /** Whether {@code result} says the worker process died under it (killed, crashed), not that the job failed. */
    public static boolean workerDied(ProofResult result) {
        return result.verdict() == Verdict.CRASHED && result.detail().startsWith(WORKER_DIED);
    }

    /** Resets the worker's prover; a worker that does not answer in time is restarted instead. */
    @Override
    public void reset() {
        if (!alive()) {
            restart();
            return;
        }
        Worker w = worker;
        try {
            w.send(WorkerProtocol.control(WorkerProtocol.RESET));
        } catch (UncheckedIOException e) {
            restart();
            return;
        }
        if (awaitControl(w, WorkerProtocol.RESET, grace) == null) {
            restart();
        }
    }

    /** Kills the worker process, if one runs, and starts a fresh one. */
    public void restart() {
        kill();
        start();
    }

    /** Kills the worker process at once, as a crash would; the next job starts a fresh one. Any thread. */
    public void kill() {
        Worker w = worker;
        if (w != null) {
            kill(w);
        }
    }

    private void kill(Worker w) {
        w.process.destroyForcibly();
        try {
            w.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (worker == w) {
                worker = null;
            }
        }
    }

    @Override
    public void close() {
        Worker w = worker;
        if (w != null && w.process.isAlive()) {
            try {
                w.send(WorkerProtocol.control(WorkerProtocol.EXIT));
                w.process.waitFor(1, TimeUnit.SECONDS);
            } catch (UncheckedIOException e) {
                // it is going anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill();
    }

    private synchronized Worker start() {
        Worker w = worker;
        if (w != null && w.process.isAlive()) {
            return w;
        }
        ProcessBuilder builder = new ProcessBuilder(command.commandLine(backend, agent));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a " + backend + " worker with " + command.java() + ": "
                    + e.getMessage(), e);
        }
        w = new Worker(process, new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                new LinkedBlockingQueue<>());
        read(w);
        keepLastWords(process);
        JsonNode hello = awaitControl(w, WorkerProtocol.HELLO, STARTUP);
        if (hello == null) {
            int code = exitCode(w);
            String why = code == -1 ? "did not start within " + STARTUP
                    : "exited at start (code " + code + ")" + lastWordsText();
            kill(w);
            throw new IllegalStateException("the " + backend + " worker of " + agent + " " + why);
        }
        version = hello.path("version").asText("");
        worker = w;
        return w;
    }

    /** One worker process: its input, and the lines it has sent. */
    private record Worker(Process process, Writer input, BlockingQueue<JsonNode> lines) {
        void send(String line) {
            try {
                synchronized (input) {
                    input.write(line);
                    input.write('\n');
                    input.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the worker process " + process.pid() + " does not take input: "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * The control line {@code name} from {@code w} within {@code timeout}; null when it ended or did not say it
     * in time. An interrupted wait kills the worker and throws {@link CancellationException}.
     */
    private JsonNode awaitControl(Worker w, String name, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode line = left <= 0 ? null : w.lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null || line == EOF) {
                    return null;
                }
                if (WorkerProtocol.isControl(line, name)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            kill(w);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the worker of " + agent + " to say " + name);
        }
    }

    private void read(Worker w) {
        BlockingQueue<JsonNode> lines = w.lines;
        Thread.ofPlatform().daemon().name("hms-prover-" + agent + "-out").start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(w.process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lastHeardNanos = System.nanoTime();
                    if (line.startsWith("{")) {
                        try {
                            lines.add(WorkerProtocol.parse(line));
                        } catch (IllegalArgumentException notJson) {
                            remember(line);
                        }
                    } else {
                        remember(line);
                    }
                }
            } catch (IOException e) {
                remember(e.toString());
            } finally {
                lines.add(EOF);
            }
        });
    }

    private void keepLastWords(Process worker) {
        Thread.ofPlatform().daemon().name("hms-prover-" + agent + "-err").start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(worker.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    remember(line);
                }
            } catch (IOException e) {
                remember(e.toString());
            }
        });
    }

    private void remember(String line) {
        synchronized (lastWords) {
            lastWords.addLast(line);
            while (lastWords.size() > STDERR_LINES) {
                lastWords.removeFirst();
            }
        }
    }

    private String lastWordsText() {
        synchronized (lastWords) {
            return lastWords.isEmpty() ? "" : "; its last words: " + String.join(" | ", lastWords);
        }
    }

    private int exitCode(Worker w) {
        try {
            return w.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS) ? w.process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private ProofResult failed(ProofJob job, long start, Verdict verdict, String detail) {
        return new ProofResult(ProofMsg.FORMAT, job.jobId(), job.theoremId(), verdict,
                Duration.ofNanos(System.nanoTime() - start), 0, backend, version, job.strategy(), Evidence.none(),
                detail);
    }
}
