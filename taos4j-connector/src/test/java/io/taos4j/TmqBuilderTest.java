package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.tmq.TmqJson;
import io.taos4j.protocol.tmq.TmqRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consumer options: DSN and setters to typed values, and typed values to the {@code subscribe} request. */
class TmqBuilderTest {

    @Test
    void everyConsumerOptionHasASetterOrDsnKeyAndReachesTheSubscribeRequest() {
        TmqBuilder b = TmqBuilder.fromDsn("tmq+ws://u:p@h:6041/db1?group.id=g1&client.id=c1"
                        + "&auto.offset.reset=earliest&timezone=UTC&td.connect.ip=ignored&no.such.key=7")
                .enableAutoCommit(false).autoCommitInterval(Duration.ofSeconds(2)).withTableName(true)
                .snapshot(false).enableReplay(true).sessionTimeout(Duration.ofSeconds(7))
                .heartbeatInterval(Duration.ofSeconds(3)).maxPollInterval(Duration.ofSeconds(9)).batchMeta(true)
                .consumeExcluded(true).consumeRawData(false).fetchMaxWait(Duration.ofMillis(150)).minPollRows(64)
                .walMarker(true).property(TaosProperty.APP_IP, "10.0.0.1");
        TaosProperties props = b.properties();
        Set<TaosProperty> consumerKeys = EnumSet.noneOf(TaosProperty.class);
        for (TaosProperty p : TaosProperty.values()) {
            if (p.group() == TaosProperty.Group.CONSUMER) {
                consumerKeys.add(p);
            }
        }
        consumerKeys.removeIf(props::isSet);
        assertThat(consumerKeys).as("consumer keys this test does not set").containsExactly(TaosProperty.CONNECT_PORT);

        TmqRequest.Subscribe s = TmqSubscribe.request(props, List.of("t1", "t2"), 9);
        assertThat(s.reqId()).isEqualTo(9);
        assertThat(s.user()).isEqualTo("u");
        assertThat(s.password()).isEqualTo("p");
        assertThat(s.db()).isEqualTo("db1");
        assertThat(s.groupId()).isEqualTo("g1");
        assertThat(s.clientId()).isEqualTo("c1");
        assertThat(s.offsetReset()).isEqualTo("earliest");
        assertThat(s.offsetRest()).isNull();
        assertThat(s.topics()).containsExactly("t1", "t2");
        assertThat(s.autoCommit()).as("the client commits by itself").isEqualTo("false");
        assertThat(s.snapshotEnable()).isEqualTo("false");
        assertThat(s.withTableName()).isEqualTo("true");
        assertThat(s.enableBatchMeta()).as("TDengine reads it as an integer").isEqualTo("1");
        assertThat(s.msgConsumeExcluded()).isEqualTo("1");
        assertThat(s.msgConsumeRawdata()).isEqualTo("0");
        assertThat(s.sessionTimeoutMs()).isEqualTo("7000");
        assertThat(s.maxPollIntervalMs()).isEqualTo("9000");
        assertThat(s.tz()).isEqualTo("UTC");
        assertThat(s.ip()).isEqualTo("10.0.0.1");
        assertThat(s.connector()).startsWith("taos4j-");
        assertThat(s.config()).containsExactlyInAnyOrderEntriesOf(Map.of("enable.replay", "true",
                "heartbeat.interval.ms", "3000", "fetch.max.wait.ms", "150", "min.poll.rows", "64",
                "enable.wal.marker", "true", "no.such.key", "7"));
        assertThat(TmqJson.encode(s)).startsWith("{\"action\":\"subscribe\",\"args\":{\"req_id\":9,");
    }

    @Test
    void unsetOptionsAreNotSentSoTheServerDefaultsApply() {
        TmqRequest.Subscribe s = TmqSubscribe.request(
                TmqBuilder.fromDsn("tmq+ws://h/?group.id=g").properties(), List.of("t"), 1);
        assertThat(s.offsetReset()).isNull();
        assertThat(s.snapshotEnable()).isNull();
        assertThat(s.sessionTimeoutMs()).isNull();
        assertThat(s.config()).isNull();
        assertThat(s.user()).isEqualTo("root");
        assertThat(s.password()).isEqualTo("taosdata");
    }

    @Test
    void aliasesOfTheOfficialDriversAreAccepted() {
        TaosProperties p = TmqBuilder.fromDsn("tmq+ws://h/?group_id=g&offset_rest=latest&auto_commit=false"
                + "&enable_batch_meta=1&td.connect.user=alice").properties();
        assertThat(p.getString(TaosProperty.GROUP_ID)).isEqualTo("g");
        assertThat(p.getString(TaosProperty.AUTO_OFFSET_RESET)).isEqualTo("latest");
        assertThat(p.getBoolean(TaosProperty.ENABLE_AUTO_COMMIT)).isFalse();
        assertThat(p.getBoolean(TaosProperty.MSG_ENABLE_BATCHMETA)).isTrue();
        assertThat(p.getString(TaosProperty.USER)).isEqualTo("alice");
    }

    @Test
    void aQueryDsnIsReadAsItsSubscriptionTwin() {
        assertThat(TmqBuilder.fromDsn("ws://h:1/").dsn().scheme()).isEqualTo(DsnScheme.TMQ_WS);
        assertThat(TmqBuilder.fromDsn("taos+mem://x").dsn().scheme()).isEqualTo(DsnScheme.TMQ_MEM);
        assertThat(TmqBuilder.fromDsn("tmq+wss://h").dsn().scheme()).isEqualTo(DsnScheme.TMQ_WSS);
    }

    @Test
    void badOptionsFailBeforeAnythingIsOpened() {
        assertThatThrownBy(() -> TmqBuilder.fromDsn("tmq+ws://127.0.0.1:1/").build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0118))
                .hasMessageContaining("group.id");
        assertThatThrownBy(() -> TmqBuilder.fromDsn("tmq+ws://h/?group.id=g&auto.offset.reset=sometime").build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0118))
                .hasMessageContaining("auto.offset.reset");
        assertThatThrownBy(() -> TmqBuilder.fromDsn("tmq://h/?group.id=g").build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0100))
                .hasMessageContaining("tmq+ws://");
        assertThatThrownBy(() -> TmqBuilder.fromDsn("tmq+ws://h/?group.id=g").consumeRawData(true).build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0100));
    }

    @Test
    void anUnreachableServerFailsWithTheNetworkCode() {
        assertThatThrownBy(() -> TmqBuilder.fromDsn("tmq+ws://127.0.0.1:1/?group.id=g").build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x000B));
    }
}
