package io.taos4j.server.system;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.engine.Session;
import java.util.Collection;

/**
 * What system tables read: the catalog, the open sessions, and facts about this server.
 *
 * @param catalog       databases, tables and users
 * @param sessions      the open client sessions (for perf_connections and friends)
 * @param current       the session asking
 * @param serverVersion the version string the server reports (e.g. {@code 3.3.8.0})
 * @param startTime     server start time, ms since the epoch
 * @param endpoint      this server's {@code host:port} as dnodes report it
 * @param tmq           topics, subscriptions and consumers
 */
public record SystemContext(Catalog catalog, Collection<Session> sessions, Session current, String serverVersion,
                            long startTime, String endpoint, TmqRows tmq) {

    /** A context without subscriptions. */
    public SystemContext(Catalog catalog, Collection<Session> sessions, Session current, String serverVersion,
                         long startTime, String endpoint) {
        this(catalog, sessions, current, serverVersion, startTime, endpoint, TmqRows.NONE);
    }
}
