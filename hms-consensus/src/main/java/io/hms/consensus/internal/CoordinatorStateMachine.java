package io.hms.consensus.internal;

import com.alipay.sofa.jraft.Closure;
import com.alipay.sofa.jraft.Iterator;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.core.StateMachineAdapter;
import com.alipay.sofa.jraft.entity.LeaderChangeContext;
import com.alipay.sofa.jraft.error.RaftError;
import com.alipay.sofa.jraft.error.RaftException;
import com.alipay.sofa.jraft.storage.snapshot.SnapshotReader;
import com.alipay.sofa.jraft.storage.snapshot.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jraft state machine of a coordinator: decodes each committed entry (the leader takes the
 * command it proposed from its closure instead), applies it to the {@link ReplicatedState}, runs the
 * closure of a command proposed here (which completes internal futures only: callers' futures are
 * {@link DeliveredFuture}s, so no caller's code runs here), saves and loads JSON snapshots, and
 * reports leadership changes and whether this replica is in contact with a leader.
 *
 * <p>A node restarted in a running process (a chaos node kill) replays its log from its last snapshot
 * onto state that already holds those entries: entries and snapshots at or below the applied index
 * are skipped, so nothing is applied twice.
 *
 * <p>jraft calls it on one thread, in log order. An entry this version cannot read stops the replica
 * (jraft's error state) rather than let it diverge from the others.
 */
public final class CoordinatorStateMachine extends StateMachineAdapter {

    /** The name of the snapshot file inside a jraft snapshot directory. */
    static final String SNAPSHOT_FILE = "hms-state.json";

    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorStateMachine.class);

    private final CommandCodec codec;
    private final ReplicatedState state;
    private final AppliedIndex appliedIndex;
    private final Consumer<Boolean> leadership;
    private final QuorumContact contact;

    /**
     * @param codec        reads log entries and writes snapshots
     * @param state        what the entries build
     * @param appliedIndex advanced after each entry
     * @param leadership   told true on leader start and false on leader stop
     * @param contact      told when this replica starts or stops leading or following a leader
     */
    public CoordinatorStateMachine(CommandCodec codec, ReplicatedState state, AppliedIndex appliedIndex,
                                   Consumer<Boolean> leadership, QuorumContact contact) {
        this.codec = codec;
        this.state = state;
        this.appliedIndex = appliedIndex;
        this.leadership = leadership;
        this.contact = contact;
    }

    @Override
    public void onApply(Iterator iterator) {
        while (iterator.hasNext()) {
            long index = iterator.getIndex();
            Closure done = iterator.done();
            if (index <= appliedIndex.value()) { // replayed after a restart: already applied here
                if (done != null) { // never so today: a replayed entry has no proposer waiting
                    LOG.warn("log entry {} was applied here before; its proposer is told so", index);
                    done.run(new Status(RaftError.EINVAL, "entry " + index + " was applied before"));
                }
                iterator.next();
                continue;
            }
            Command command;
            try {
                // the proposer's own command is the entry's content: no need to decode it again
                command = done instanceof CommandClosure proposed ? proposed.command()
                        : codec.decode(iterator.getData());
            } catch (RuntimeException e) {
                LOG.error("log entry {} cannot be applied; this replica stops applying", index, e);
                iterator.setErrorAndRollback(1, new Status(RaftError.ESTATEMACHINE, e.getMessage()));
                return;
            }
            Applied outcome = state.apply(index, command);
            appliedIndex.advanceTo(index);
            if (done instanceof CommandClosure closure) {
                closure.applied(outcome);
            }
            if (done != null) {
                done.run(Status.OK());
            }
            iterator.next();
        }
    }

    @Override
    public void onSnapshotSave(SnapshotWriter writer, Closure done) {
        try {
            Files.write(Path.of(writer.getPath(), SNAPSHOT_FILE), codec.write(state.snapshot()));
            if (writer.addFile(SNAPSHOT_FILE)) {
                done.run(Status.OK());
            } else {
                done.run(new Status(RaftError.EIO, "cannot add " + SNAPSHOT_FILE + " to the snapshot"));
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("snapshot could not be saved in {}", writer.getPath(), e);
            done.run(new Status(RaftError.EIO, "snapshot not saved: " + e));
        }
    }

    @Override
    public boolean onSnapshotLoad(SnapshotReader reader) {
        Path file = Path.of(reader.getPath(), SNAPSHOT_FILE);
        if (reader.getFileMeta(SNAPSHOT_FILE) == null || !Files.exists(file)) {
            LOG.error("snapshot in {} has no {}", reader.getPath(), SNAPSHOT_FILE);
            return false;
        }
        try {
            var meta = reader.load();
            long index = meta != null ? meta.getLastIncludedIndex() : 0;
            if (index > 0 && index <= appliedIndex.value()) {
                LOG.info("snapshot at {} is older than the state applied here ({}); kept the state", index,
                        appliedIndex.value());
                return true;
            }
            state.restore(codec.read(Files.readAllBytes(file), StateSnapshot.class));
            appliedIndex.advanceTo(index);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.error("snapshot {} could not be loaded", file, e);
            return false;
        }
    }

    @Override
    public void onLeaderStart(long term) {
        LOG.info("leading in term {}", term);
        contact.gained();
        leadership.accept(true);
    }

    @Override
    public void onLeaderStop(Status status) {
        LOG.info("stopped leading: {}", status);
        contact.lost();
        leadership.accept(false);
    }

    @Override
    public void onStartFollowing(LeaderChangeContext context) {
        contact.gained();
    }

    @Override
    public void onStopFollowing(LeaderChangeContext context) {
        contact.lost();
    }

    @Override
    public void onError(RaftException e) {
        LOG.error("the replica stopped on an error: {}", e.getStatus(), e);
    }
}
