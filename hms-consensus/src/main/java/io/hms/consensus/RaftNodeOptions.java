package io.hms.consensus;

import com.alipay.sofa.jraft.StateMachine;
import com.alipay.sofa.jraft.conf.Configuration;
import com.alipay.sofa.jraft.entity.PeerId;
import com.alipay.sofa.jraft.option.NodeOptions;
import com.alipay.sofa.jraft.option.RaftOptions;
import com.alipay.sofa.jraft.option.ReadOnlyOption;

/** Translates a {@link RaftConfig} into jraft's {@link NodeOptions}. */
final class RaftNodeOptions {

    private RaftNodeOptions() {
    }

    static NodeOptions of(RaftConfig config, StateMachine fsm, RaftNodeFiles files) {
        NodeOptions options = new NodeOptions();
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
        options.setRaftOptions(raft);
        return options;
    }

    /** How reads are made linearizable for {@code config}'s read mode. */
    static ReadOnlyOption readOption(RaftConfig config) {
        return config.readMode() == ReadMode.LEASE ? ReadOnlyOption.ReadOnlyLeaseBased : ReadOnlyOption.ReadOnlySafe;
    }
}
