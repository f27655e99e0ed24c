/**
 * The taos4j embedded server: a TDengine-compatible database speaking taosAdapter's protocols, started in-process
 * with {@link io.taos4j.server.TaosServer#builder()} or standalone with {@code ./taos4j server}.
 */
module io.taos4j.server {
    requires io.taos4j.protocol;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires org.slf4j;
    requires org.lz4.java;

    exports io.taos4j.server;

    provides io.taos4j.protocol.spi.EmbeddedServerProvider with io.taos4j.server.embedded.EmbeddedServers;
}
