package io.hms.consensus.internal;

import java.util.List;
import java.util.Map;

/**
 * The JSON snapshot of a replica's state: enough to rebuild the registry and the locks without the
 * log before it.
 *
 * @param v                the snapshot format version
 * @param appliedMutations how many registry changes had been applied
 * @param mutations        the retained registry changes, in order
 * @param grants           the current lock grants
 * @param tokens           the newest fencing token of every lock ever granted
 */
record StateSnapshot(int v, long appliedMutations, List<RetainedMutation> mutations,
                     Map<String, LockTable.Grant> grants, Map<String, Long> tokens) {
}
