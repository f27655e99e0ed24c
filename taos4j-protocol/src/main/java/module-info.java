/**
 * TDengine wire formats shared by the taos4j connector and the embedded server: type codes, error codes, column
 * vectors, the raw block codec, taosAdapter WebSocket messages, and the service interface through which the
 * connector finds an in-process server. No I/O.
 */
module io.taos4j.protocol {
    requires transitive com.fasterxml.jackson.databind;

    exports io.taos4j.protocol;
    exports io.taos4j.protocol.block;
    exports io.taos4j.protocol.column;
    exports io.taos4j.protocol.spi;
    exports io.taos4j.protocol.stmt;
    exports io.taos4j.protocol.ws;

    opens io.taos4j.protocol.ws to com.fasterxml.jackson.databind;

    uses io.taos4j.protocol.spi.EmbeddedServerProvider;
}
