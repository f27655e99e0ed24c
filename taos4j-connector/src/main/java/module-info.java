/**
 * The taos4j connector: {@link io.taos4j.TaosBuilder} turns a DSN into a {@link io.taos4j.Taos} connection over
 * taosAdapter's WebSocket protocol, or over an in-VM channel to an embedded server.
 */
module io.taos4j {
    requires transitive io.taos4j.protocol;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires org.slf4j;
    requires org.apache.commons.pool2;
    // optional: meters only when the application has Micrometer (see internal.metrics)
    requires static micrometer.core;

    exports io.taos4j;

    uses io.taos4j.protocol.spi.EmbeddedServerProvider;
}
