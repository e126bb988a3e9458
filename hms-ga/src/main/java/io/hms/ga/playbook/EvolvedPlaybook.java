package io.hms.ga.playbook;

import io.hms.api.policy.Playbook;

/**
 * The outcome of a {@link PlaybookEvolver} run.
 *
 * @param playbook                the best playbook found: every repair once, in order, with its timeout
 * @param expectedRecoverySeconds its expected time to recover over the incident history, in seconds
 * @param evaluations             playbooks scored
 */
public record EvolvedPlaybook(Playbook playbook, double expectedRecoverySeconds, long evaluations) {
}
