package io.hms.consensus.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alipay.sofa.jraft.error.RemotingException;
import com.alipay.sofa.jraft.rpc.RpcRequests.TimeoutNowRequest;
import com.alipay.sofa.jraft.util.Endpoint;
import com.alipay.sofa.jraft.util.RpcFactoryHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PartitionsTest {

    private final Endpoint a = new Endpoint("127.0.0.1", 7001);
    private final Endpoint b = new Endpoint("127.0.0.1", 7002);
    private final TimeoutNowRequest fromAToB = TimeoutNowRequest.newBuilder().setGroupId("hms").setTerm(3)
            .setServerId("127.0.0.1:7001").setPeerId("127.0.0.1:7002").build();

    @AfterEach
    void healAll() {
        Partitions.isolated().forEach(Partitions::heal);
    }

    @Test
    void jraftLoadsThePartitioningFactoryInPlaceOfBolt() {
        assertThat(RpcFactoryHelper.rpcFactory()).isInstanceOf(PartitioningRpcFactory.class);
    }

    @Test
    void aRaftRequestIsJudgedByTheSenderItNames() {
        assertThat(Partitions.senderOf(fromAToB)).isEqualTo(a);
        assertThat(Partitions.drops(null, b, fromAToB)).as("nothing isolated").isFalse();

        Partitions.isolate(a);

        assertThat(Partitions.drops(null, b, fromAToB)).as("from an isolated node").isTrue();
        assertThat(Partitions.drops(null, a, "anything")).as("to an isolated node").isTrue();
        assertThat(Partitions.drops(a, b, "forwarded command")).as("through a client bound to it").isTrue();
        assertThat(Partitions.drops(b, new Endpoint("127.0.0.1", 7003), "other traffic")).isFalse();
    }

    @Test
    void aClientFailsARequestToAnIsolatedNodeAtOnceAsIfItCouldNotConnect() {
        var client = new PartitioningRpcFactory().createRpcClient(null);
        Partitions.isolate(b);

        assertThatThrownBy(() -> client.invokeAsync(b, fromAToB, null, (result, error) -> { }, 1000))
                .isInstanceOf(RemotingException.class).hasMessageContaining("partitioned by a chaos fault");
        assertThat(Partitions.heal(b)).isTrue();
        assertThat(Partitions.heal(b)).as("healed once").isFalse();
    }
}
