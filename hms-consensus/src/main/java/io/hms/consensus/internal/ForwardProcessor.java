package io.hms.consensus.internal;

import com.alipay.sofa.jraft.rpc.RpcContext;
import com.alipay.sofa.jraft.rpc.RpcProcessor;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Serves {@link ForwardRequest}s on the leader: proposes the command and answers once it is applied
 * here. A receiver that does not lead refuses at once with {@code notLeader}, before proposing; so does one
 * whose proposal jraft refused for not leading, before appending it.
 */
public final class ForwardProcessor implements RpcProcessor<ForwardRequest> {

    private final String groupId;
    private final CommandCodec codec;
    private final BooleanSupplier isLeader;
    private final Function<Command, CompletableFuture<Applied>> propose;

    /**
     * @param groupId  the group served; requests for others are refused
     * @param codec    reads the commands and writes the outcomes
     * @param isLeader whether this replica leads now
     * @param propose  proposes a command on this (leading) replica
     */
    public ForwardProcessor(String groupId, CommandCodec codec, BooleanSupplier isLeader,
                            Function<Command, CompletableFuture<Applied>> propose) {
        this.groupId = groupId;
        this.codec = codec;
        this.isLeader = isLeader;
        this.propose = propose;
    }

    @Override
    public void handleRequest(RpcContext context, ForwardRequest request) {
        if (!groupId.equals(request.groupId)) {
            context.sendResponse(ForwardResponse.failed("this node serves group '" + groupId + "', not '"
                    + request.groupId + "'", false));
            return;
        }
        if (!isLeader.getAsBoolean()) {
            context.sendResponse(ForwardResponse.failed("not the leader", true));
            return;
        }
        Command command;
        try {
            command = codec.decode(ByteBuffer.wrap(request.entry));
        } catch (RuntimeException e) {
            context.sendResponse(ForwardResponse.failed(e.getMessage(), false));
            return;
        }
        propose.apply(command).whenComplete((applied, error) -> {
            if (error == null) {
                context.sendResponse(ForwardResponse.ok(codec.write(applied)));
                return;
            }
            Throwable cause = error instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : error;
            context.sendResponse(ForwardResponse.failed(String.valueOf(error.getMessage()),
                    cause instanceof RaftCommandException refused && refused.notLeader()));
        });
    }

    @Override
    public String interest() {
        return ForwardRequest.class.getName();
    }
}
