package io.hms.api.event;

import io.hms.api.policy.GuardPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A multi-objective search of a component's guard policy ended with its Pareto front: the candidates no
 * other candidate beats in every objective at once, each with its predicted objectives, and the member
 * the optimizer picked. Published once per run, after its last {@link GenerationEvaluated}; what follows
 * the pick is judged as with any search ({@link CandidateJudged}).
 *
 * <pre>{@code
 * hms.events().subscribe(FrontFound.class, f -> f.members().forEach(m -> log.info("{} {}/s p99 {}{}",
 *         f.component(), m.goodputPerSecond(), m.p99Latency(), m.picked() ? " (picked)" : "")));
 * }</pre>
 *
 * @param time        when the run ended
 * @param component   the component whose policy was searched
 * @param generation  the run's last generation
 * @param evaluations candidate evaluations the run spent
 * @param members     the front, at least one member; exactly one is {@code picked}
 */
public record FrontFound(Instant time, String component, long generation, long evaluations, List<Member> members)
        implements ComponentEvent {

    /** Copies {@code members}. */
    public FrontFound {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
    }

    /**
     * One candidate of the front, as the optimizer's model predicts it.
     *
     * @param guard            the candidate guard policy
     * @param goodputPerSecond successful calls per second, higher is better
     * @param errorRate        the fraction of calls that end in an error the caller sees, lower is better
     * @param p99Latency       the 99th percentile of caller-visible latency, lower is better
     * @param loadPerSecond    attempts sent to the dependency per second, lower is better
     * @param score            the optimizer's weighted score of the four (higher is better)
     * @param picked           whether this is the member the optimizer took forward
     */
    public record Member(GuardPolicy guard, double goodputPerSecond, double errorRate, Duration p99Latency,
                         double loadPerSecond, double score, boolean picked) {
    }
}
