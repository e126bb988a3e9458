package io.hms.consensus.internal;

import io.hms.api.spi.RegistryMutation;

/**
 * A registry change kept for replay: its sequence number among all applied changes (1 for the first),
 * the change itself and, for a policy commit, the version it made.
 *
 * @param seq     the position among all registry changes applied, from 1
 * @param command the change
 * @param version the policy version a policy commit made (from 2; version 1 is the registered policy),
 *                0 for other changes
 */
record RetainedMutation(long seq, Command.MutationCommand command, long version) {

    /** The change as commit listeners are told it, numbered when it is a policy commit. */
    RegistryMutation toMutation() {
        return command instanceof Command.CommitPolicy commit
                ? new RegistryMutation.PolicyCommit(commit.component(), commit.policy(), commit.source(), version)
                : command.toMutation();
    }
}
