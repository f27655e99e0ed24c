package io.taos4j.cli.bench;

import io.taos4j.Taos;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * How bench writes rows: {@code sql} (INSERT statements), {@code stmt2} (column-wise parameter binding, many tables
 * per request) or {@code schemaless} (InfluxDB line protocol, which creates the super and child tables itself).
 */
public interface InsertMode {

    /** The mode's name as {@code --interface} and the result file give it: sql, stmt2, schemaless. */
    String mode();

    /**
     * Checks that this mode can write the configured table; called when the configuration is built.
     *
     * @throws IllegalArgumentException naming what the mode cannot do
     */
    default void check(BenchConfig config) {
    }

    /** True when bench creates the super and child tables before writing (false: the writes create them). */
    default boolean needsTables() {
        return true;
    }

    /** A writer for one thread, over that thread's own connection; the caller closes it before the connection. */
    Writer open(Taos taos, BenchConfig config, DataGenerator data);

    /** Writes planned batches; one per thread, not thread-safe. */
    interface Writer extends AutoCloseable {
        /**
         * Writes a batch in one or more requests, reporting each request's latency in nanoseconds.
         *
         * @return the rows the server reported written
         */
        long write(BatchPlanner.Batch batch, LongConsumer latencyNanos);

        /** Frees what the writer holds on the server (a prepared statement); the connection stays open. */
        @Override
        default void close() {
        }
    }

    /**
     * The mode for a taosBenchmark {@code insert_mode}/{@code -I} name: {@code sql} (also {@code taosc},
     * {@code rest}), {@code stmt2} (also {@code stmt}), {@code schemaless} (also {@code sml}, {@code sml-rest}).
     *
     * @throws IllegalArgumentException for other names
     */
    static InsertMode named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sql", "taosc", "rest" -> new SqlInsertMode();
            case "stmt2", "stmt" -> new Stmt2InsertMode();
            case "schemaless", "sml", "sml-rest" -> new SchemalessInsertMode();
            default -> throw new IllegalArgumentException("unknown insert mode '" + name
                    + "'; use sql, stmt2 or schemaless");
        };
    }
}
