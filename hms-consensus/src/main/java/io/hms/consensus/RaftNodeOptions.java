package io.hms.consensus;

import com.alipay.sofa.jraft.StateMachine;
import com.alipay.sofa.jraft.conf.Configuration;
import com.alipay.sofa.jraft.entity.PeerId;
import com.alipay.sofa.jraft.option.NodeOptions;
import com.alipay.sofa.jraft.option.RaftOptions;
import com.alipay.sofa.jraft.option.ReadOnlyOption;
import io.hms.consensus.chaos.NodePartition;
import io.hms.consensus.chaos.PartitionedNodeOptions;

/** Translates a {@link RaftConfig} into jraft's {@link NodeOptions}. */
final class RaftNodeOptions {

    private RaftNodeOptions() {
    }

    /**
     * The options of a node; with {@code partition} (chaos faults enabled), options that make jraft's
     * RPC factory give the node a client that obeys it.
     */
    static NodeOptions of(RaftConfig config, StateMachine fsm, RaftNodeFiles files, NodePartition partition) {
        NodeOptions options = partition == null ? new NodeOptions() : new PartitionedNodeOptions(partition);
        options.setFsm(fsm);
        options.setLogUri(files.log().toString());
        options.setRaftMetaUri(files.meta().toString());
        options.setSnapshotUri(files.snapshot().toString());
        options.setElectionTimeoutMs(Math.toIntExact(config.electionTimeout().toMillis()));
        options.setSnapshotIntervalSecs(Math.toIntExact(config.snapshotInterval().toSeconds()));
        options.setInitialConf(config.join() ? new Configuration()
                : new Configuration(config.peers().stream().map(PeerId::parsePeer).toList()));
        RaftOptions raft = new RaftOptions();
        raft.setReadOnlyOptions(readOption(config));
        raft.setMaxElectionDelayMs(maxElectionDelayMillis(config.electionTimeout().toMillis()));
        options.setRaftOptions(raft);
        return options;
    }

    /**
     * The most a follower's election timer adds at random to the election timeout: half of it. jraft's
     * fixed default (1 s) would let a follower wait up to a whole second more than the timeout before
     * it stands, which doubles the failover time of a short timeout; half still spreads the followers'
     * timers apart enough that split votes stay rare.
     */
    static int maxElectionDelayMillis(long electionTimeoutMillis) {
        return Math.toIntExact(Math.max(1, electionTimeoutMillis / 2));
    }

    /** How reads are made linearizable for {@code config}'s read mode. */
    static ReadOnlyOption readOption(RaftConfig config) {
        return config.readMode() == ReadMode.LEASE ? ReadOnlyOption.ReadOnlyLeaseBased : ReadOnlyOption.ReadOnlySafe;
    }
}
