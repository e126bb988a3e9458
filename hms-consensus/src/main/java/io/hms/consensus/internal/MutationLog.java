package io.hms.consensus.internal;

import io.hms.api.spi.RegistryMutation;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry changes a replica has applied, told to the commit listeners in log order, and the
 * part of them kept so that a snapshot or a late listener can rebuild a registry: the latest
 * {@code retainedPolicyVersions} policy commits of each component, and the latest descriptors of
 * each instance.
 *
 * <p>Policy commits are numbered here, in log order (a component's first commit makes version 2,
 * version 1 being the policy it was registered with), and told with their number, so that a registry
 * rebuilt from the kept commits numbers its versions as one that saw every commit; the versions no
 * longer kept are a gap in its history. A listener added late is first told the retained changes, so
 * it ends in the same registry state as one that was there from the start. After a snapshot is
 * loaded, the listeners are told the retained changes they have not seen. Not thread-safe; guarded by
 * {@link ReplicatedState}.
 */
final class MutationLog {

    private static final Logger LOG = LoggerFactory.getLogger(MutationLog.class);

    private final int retainedPolicyVersions;
    /** The retained changes by sequence number, in log order. */
    private final LinkedHashMap<Long, RetainedMutation> retained = new LinkedHashMap<>();
    /** The sequence numbers of each component's retained policy commits, oldest first. */
    private final Map<String, ArrayDeque<Long>> policySeqs = new HashMap<>();
    /** The sequence number of each instance's retained descriptors. */
    private final Map<String, Long> descriptorSeqs = new HashMap<>();
    private final List<Consumer<RegistryMutation>> listeners = new CopyOnWriteArrayList<>();
    private long appliedCount;

    /** @param retainedPolicyVersions how many policy versions of each component to keep, at least 1 */
    MutationLog(int retainedPolicyVersions) {
        if (retainedPolicyVersions < 1) {
            throw new IllegalArgumentException("retainedPolicyVersions must be at least 1, got "
                    + retainedPolicyVersions);
        }
        this.retainedPolicyVersions = retainedPolicyVersions;
    }

    /**
     * The component's current policy version when {@code command} is a compare-and-set policy commit
     * that must be refused (it asks to make a version other than the next); 0 when it may be appended.
     */
    long conflict(Command.MutationCommand command) {
        if (command instanceof Command.CommitPolicy commit && commit.version() != 0) {
            long current = currentVersion(commit.component());
            return commit.version() == current + 1 ? 0 : current;
        }
        return 0;
    }

    /** The component's latest version in log order: 1 (its registered policy) before its first commit. */
    long currentVersion(String component) {
        RetainedMutation latest = latestPolicy(component);
        return latest == null ? 1 : latest.version();
    }

    /**
     * Records {@code command} as the next change and tells the listeners. A policy equal to the
     * component's previous version shares that version's instance, so re-committing an unchanged
     * policy retains no second copy (a follower decodes a fresh one from every entry). The caller has
     * checked a compare-and-set commit with {@link #conflict}.
     *
     * @return the version a policy commit made, 0 for other changes
     */
    long append(Command.MutationCommand command) {
        appliedCount++;
        long version = 0;
        if (command instanceof Command.CommitPolicy commit) {
            RetainedMutation previous = latestPolicy(commit.component());
            if (previous != null) {
                Command.CommitPolicy before = (Command.CommitPolicy) previous.command();
                if (before.policy() != commit.policy() && before.policy().equals(commit.policy())) {
                    command = new Command.CommitPolicy(commit.component(), before.policy(), commit.source(),
                            commit.version());
                }
            }
            version = previous == null ? 2 : previous.version() + 1;
        }
        RetainedMutation mutation = new RetainedMutation(appliedCount, command, version);
        retain(mutation);
        if (!listeners.isEmpty()) {
            tell(mutation.toMutation());
        }
        return version;
    }

    /** The component's latest commit, always retained; null before its first. */
    private RetainedMutation latestPolicy(String component) {
        ArrayDeque<Long> seqs = policySeqs.get(component);
        return seqs == null ? null : retained.get(seqs.peekLast());
    }

    private void retain(RetainedMutation mutation) {
        retained.put(mutation.seq(), mutation);
        switch (mutation.command()) {
            case Command.CommitPolicy commit -> {
                ArrayDeque<Long> seqs = policySeqs.computeIfAbsent(commit.component(), c -> new ArrayDeque<>());
                seqs.addLast(mutation.seq());
                while (seqs.size() > retainedPolicyVersions) {
                    retained.remove(seqs.removeFirst());
                }
            }
            case Command.PublishDescriptors published -> {
                Long replaced = descriptorSeqs.put(published.nodeId(), mutation.seq());
                if (replaced != null) {
                    retained.remove(replaced);
                }
            }
        }
    }

    /** Replaces the log with a snapshot's and tells the listeners the changes they have not seen. */
    void restore(long savedCount, List<RetainedMutation> saved) {
        long seen = appliedCount;
        retained.clear();
        policySeqs.clear();
        descriptorSeqs.clear();
        for (RetainedMutation mutation : saved) {
            retain(mutation);
        }
        appliedCount = savedCount;
        for (RetainedMutation mutation : retained.values()) {
            if (mutation.seq() > seen) {
                tell(mutation.toMutation());
            }
        }
    }

    /** Adds a listener after telling it the retained changes. */
    void addListener(Consumer<RegistryMutation> listener) {
        for (RetainedMutation mutation : retained.values()) {
            tellOne(listener, mutation.toMutation());
        }
        listeners.add(listener);
    }

    boolean removeListener(Consumer<RegistryMutation> listener) {
        return listeners.remove(listener);
    }

    long appliedCount() {
        return appliedCount;
    }

    List<RetainedMutation> retained() {
        return List.copyOf(retained.values());
    }

    private void tell(RegistryMutation mutation) {
        for (Iterator<Consumer<RegistryMutation>> it = listeners.iterator(); it.hasNext(); ) {
            tellOne(it.next(), mutation);
        }
    }

    private static void tellOne(Consumer<RegistryMutation> listener, RegistryMutation mutation) {
        try {
            listener.accept(mutation);
        } catch (RuntimeException e) {
            LOG.warn("commit listener {} threw on {}; the commit stands", listener, mutation, e);
        }
    }
}
