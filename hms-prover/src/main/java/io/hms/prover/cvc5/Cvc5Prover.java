package io.hms.prover.cvc5;

import io.hms.prover.spi.Evidence;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofMsg;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves SMT-LIB statements with the {@code cvc5} binary, one process per job: {@code (set-logic ALL)}, the
 * statement, {@code (check-sat)} and {@code (get-model)}, whose answer is the counter-model when satisfiable. cvc5 has no
 * tactics: it always runs its own default, whatever the job's strategy (the result says which it was given).
 * Its time limit is the job's wall time; a process that outlives it by a second is killed. cvc5 reports no
 * resource count here (0).
 */
public final class Cvc5Prover implements Prover {
    private static final Pattern VALUE = Pattern.compile("\\(define-fun (\\S+) \\(\\) \\S+ (.+)\\)");
    private static final Duration KILL_AFTER = Duration.ofSeconds(1);
    private final Path binary;
    private String version;

    Cvc5Prover(Path binary) {
        this.binary = binary;
    }

    @Override
    public String backend() {
        return Cvc5ProverProvider.BACKEND;
    }

    @Override
    public String version() {
        if (version == null) {
            try {
                Run run = run(List.of(binary.toString(), "--version"), "", Duration.ofSeconds(10));
                Matcher m = Pattern.compile("version (\\S+)").matcher(run.out);
                version = m.find() ? m.group(1) : "unknown";
            } catch (IOException e) {
                version = "unknown";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                version = "unknown";
            }
        }
        return version;
    }

    @Override
    public String render(Strategy strategy) {
        return "default (cvc5 runs its own strategy)";
    }

    @Override
    public ProofResult prove(ProofJob job) {
        long start = System.nanoTime();
        long millis = Math.max(1, job.budget().wallTime().toMillis());
        String input = "(set-logic ALL)\n" + job.statement() + "\n(check-sat)\n(get-model)\n";
        try {
            Run run = run(List.of(binary.toString(), "--lang=smt2", "--produce-models", "--tlimit=" + millis), input,
                    job.budget().wallTime().plus(KILL_AFTER));
            if (run.killed) {
                return result(job, start, Verdict.TIMED_OUT, Evidence.none(), "cvc5 did not stop at its time limit; "
                        + "its process was killed");
            }
            String answer = run.out.strip().lines().findFirst().orElse("");
            if (answer.isEmpty() && run.err.contains("interrupted by timeout")) {
                return result(job, start, Verdict.TIMED_OUT, Evidence.none(), firstLine(run.err)); // cvc5 1.0 aborts
            }
            return switch (answer) {
                case "unsat" -> result(job, start, Verdict.PROVED, Evidence.none(), "");
                case "sat" -> result(job, start, Verdict.REFUTED, Evidence.counterModel(model(run.out)), "");
                case "unknown" -> result(job, start, run.err.contains("time") || run.out.contains("timeout")
                        ? Verdict.TIMED_OUT : Verdict.UNKNOWN, Evidence.none(), firstLine(run.err));
                default -> result(job, start, Verdict.CRASHED, Evidence.none(), "cvc5 answered '" + firstLine(answer)
                        + "' (exit " + run.exit + "): " + firstLine(run.err + run.out));
            };
        } catch (IOException e) {
            return result(job, start, Verdict.CRASHED, Evidence.none(), "cannot run " + binary + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(job, start, Verdict.CRASHED, Evidence.none(), "interrupted");
        }
    }

    @Override
    public void reset() {
        // one process per job: nothing is kept between jobs
    }

    @Override
    public void close() {
        // no process outlives its job
    }

    private static Map<String, String> model(String out) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = VALUE.matcher(out);
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private record Run(String out, String err, int exit, boolean killed) {
    }

    private static Run run(List<String> command, String input, Duration limit) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // cvc5 stopped reading: its answer and error tell why
        }
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new Run(out.join(), err.join(), -1, true);
            }
            return new Run(out.join(), err.join(), process.exitValue(), false);
        } finally {
            process.destroyForcibly();
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, runnable -> Thread.ofPlatform().daemon().name("hms-cvc5-drain").start(runnable));
    }

    private ProofResult result(ProofJob job, long start, Verdict verdict, Evidence evidence, String detail) {
        return new ProofResult(ProofMsg.FORMAT, job.jobId(), job.theoremId(), verdict,
                Duration.ofNanos(System.nanoTime() - start), 0, backend(), version(), job.strategy(), evidence, detail);
    }
}
