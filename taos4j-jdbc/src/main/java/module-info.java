/**
 * The taos4j JDBC driver: {@link io.taos4j.jdbc.TaosDriver} (URLs {@code jdbc:taos4j:<dsn>},
 * {@code jdbc:TAOS-WS://...}, {@code jdbc:TAOS-RS://...}) and {@link io.taos4j.jdbc.TaosDataSource}, built on the
 * public API of the taos4j connector.
 */
module io.taos4j.jdbc {
    requires transitive java.sql;
    requires io.taos4j;
    requires java.sql.rowset;

    exports io.taos4j.jdbc;

    provides java.sql.Driver with io.taos4j.jdbc.TaosDriver;
}
