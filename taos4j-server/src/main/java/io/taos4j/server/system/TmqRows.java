package io.taos4j.server.system;

import java.util.List;

/**
 * The rows of the subscription tables, supplied by the server's TMQ: one {@code Object[]} per row with the columns
 * of {@code ins_topics}, {@code ins_subscriptions} and {@code ins_consumers}/{@code perf_consumers} in order.
 */
public interface TmqRows {
    /** No topics, no consumers (a context without TMQ). */
    TmqRows NONE = new TmqRows() {
        @Override
        public List<Object[]> topics() {
            return List.of();
        }

        @Override
        public List<Object[]> subscriptions() {
            return List.of();
        }

        @Override
        public List<Object[]> consumers() {
            return List.of();
        }
    };

    List<Object[]> topics();

    List<Object[]> subscriptions();

    List<Object[]> consumers();
}
