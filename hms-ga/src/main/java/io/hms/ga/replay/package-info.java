/**
 * Fitness by replay: how well a candidate guard policy would have served a component's callers over a
 * recorded trace, worked out on virtual time in milliseconds, without touching the dependency.
 *
 * <pre>{@code
 * TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(trace));
 * double score = replay.score(candidate, 42L);   // higher is better
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.hms.ga.replay.DependencyModel} reconstructs a dependency from a trace: a
 *       {@link io.hms.ga.replay.LoadModel} learned from it (the attempts in flight it serves unharmed, and how
 *       much slower and likelier to fail it gets beyond), and its unloaded behaviour per time bucket (error
 *       probability and latency distributions with that load taken out); stretches the breaker kept dark are
 *       unknown, and {@code plausibleModels} gives several models that all fit, to judge a policy across what
 *       the trace leaves open;</li>
 *   <li>{@link io.hms.ga.replay.TraceReplay} replays the trace's offered calls under a candidate policy through
 *       the guard's real breaker and concurrency limiter, with the policy's retry and timeout, and answers with
 *       a {@link io.hms.ga.replay.ReplayResult}; deterministic per seed, with common random numbers;</li>
 *   <li>{@link io.hms.ga.replay.ScoreWeights} folds a result into one scalar score, and
 *       {@link io.hms.ga.replay.Objectives} keeps its four objectives apart (goodput, error rate, p99, load)
 *       for the multi-objective search.</li>
 * </ul>
 *
 * <p>The event loop's machinery (event queue, latency histogram, virtual clock, counter-based random
 * numbers) lives in {@code io.hms.ga.replay.internal}. This package depends on no other package of hms-ga.
 */
package io.hms.ga.replay;
