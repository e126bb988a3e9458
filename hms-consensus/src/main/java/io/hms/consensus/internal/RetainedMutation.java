package io.hms.consensus.internal;

/**
 * A registry change kept for replay: its sequence number among all applied changes (1 for the first)
 * and the change itself.
 *
 * @param seq     the position among all registry changes applied, from 1
 * @param command the change
 */
record RetainedMutation(long seq, Command.MutationCommand command) {
}
