package io.hms.prover.worker;

import com.fasterxml.jackson.databind.JsonNode;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofMessages;
import io.hms.prover.spi.ProofMsg;
import io.hms.prover.spi.ProofProgress;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.ProverProvider;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ServiceLoader;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The process of one prover agent: {@code java io.hms.prover.worker.ProverWorker <backend> <agent>}. It loads
 * the backend's {@link ProverProvider} through {@link ServiceLoader}, says {@code hello}, then proves the jobs
 * that arrive on standard input one at a time, answering each with a {@link ProofResult} and sending a
 * {@link ProofProgress} every second while one runs, so the supervisor can tell a busy worker from a dead
 * one. Standard output carries only protocol lines: anything else the process prints goes to standard error.
 */
public final class ProverWorker {
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    private final Writer out;

    private ProverWorker(Writer out) {
        this.out = out;
    }

    /**
     * Runs a worker until its input ends or says {@code exit}.
     *
     * @param args the backend's name and the agent's name
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ProverWorker <backend> <agent>");
            System.exit(2);
        }
        Writer protocol = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        ProverProvider provider = ServiceLoader.load(ProverProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.backend().equals(args[0])).findFirst().orElse(null);
        if (provider == null || provider.unavailable().isPresent()) {
            System.err.println("no prover for backend '" + args[0] + "'"
                    + (provider == null ? "; put its jar (e.g. hms-prover-z3) on the class path"
                    : ": " + provider.unavailable().get()));
            System.exit(3);
        }
        try (Prover prover = provider.create()) {
            new ProverWorker(protocol).serve(prover, args[1],
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
    }

    private void serve(Prover prover, String agent, BufferedReader in) throws IOException {
        send(WorkerProtocol.hello(prover.backend(), prover.version()));
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hms-prover-heartbeat");
            t.setDaemon(true);
            return t;
        });
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = WorkerProtocol.parse(line);
                if (WorkerProtocol.isControl(node, WorkerProtocol.EXIT)) {
                    return;
                }
                if (WorkerProtocol.isControl(node, WorkerProtocol.RESET)) {
                    prover.reset();
                    send(WorkerProtocol.control(WorkerProtocol.RESET));
                    continue;
                }
                ProofMsg message = WorkerProtocol.message(node);
                if (message instanceof ProofJob job) {
                    prove(prover, agent, job, heartbeat);
                }
            }
        } finally {
            heartbeat.shutdownNow();
        }
    }

    private void prove(Prover prover, String agent, ProofJob job, ScheduledExecutorService heartbeat) throws IOException {
        long start = System.nanoTime();
        ScheduledFuture<?> beat = heartbeat.scheduleAtFixedRate(() -> {
            try {
                send(ProofMessages.write(ProofProgress.of(job.jobId(), agent,
                        Duration.ofNanos(System.nanoTime() - start), "solving")));
            } catch (IOException e) {
                Thread.currentThread().interrupt(); // the supervisor has gone; the read loop ends next
            }
        }, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        ProofResult result;
        try {
            result = prover.prove(job);
        } finally {
            beat.cancel(false);
        }
        send(ProofMessages.write(result));
    }

    private synchronized void send(String line) throws IOException {
        out.write(line);
        out.write('\n');
        out.flush();
    }
}
