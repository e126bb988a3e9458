package io.hms.api.event;

import java.time.Instant;

/**
 * The optimizer judged the best policy its search found for a component against the policy in force,
 * on its models of the dependency, before anything reaches live calls: the first of two verdicts. When
 * {@code proposed}, the candidate goes to the configurator as a patch, whose canary gives the second
 * verdict on live calls ({@link PatchPromoted} or {@link PatchRolledBack}).
 *
 * <pre>{@code
 * hms.events().subscribe(CandidateJudged.class, j -> log.info("{}: {} ({})", j.component(),
 *         j.proposed() ? "proposed" : "kept the current policy", j.detail()));
 * }</pre>
 *
 * @param time           when
 * @param component      the component
 * @param proposed       whether the candidate beat the current policy by the margin, so a patch follows
 * @param currentScore   the current policy's mean predicted score
 * @param candidateScore the candidate's mean predicted score on the same draws
 * @param lowerBound     the lower confidence bound of the candidate's gain, the figure judged
 * @param detail         one line a person can read: the models, the margin, what the search spent
 */
public record CandidateJudged(Instant time, String component, boolean proposed, double currentScore,
                              double candidateScore, double lowerBound, String detail) implements ComponentEvent {
}
