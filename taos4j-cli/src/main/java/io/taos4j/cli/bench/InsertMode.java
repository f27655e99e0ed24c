package io.taos4j.cli.bench;

import io.taos4j.Taos;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * How bench writes rows: {@code sql} (INSERT statements) now; {@code stmt2} (parameter binding) and
 * {@code schemaless} (line protocol) plug in here when the connector has them. Until then those two fail before
 * anything is written, naming what is missing.
 */
public interface InsertMode {

    /** The mode's name as {@code --interface} and the result file give it: sql, stmt2, schemaless. */
    String mode();

    /** Throws {@link UnsupportedOperationException} with a clear message when this build cannot run the mode. */
    default void checkAvailable() {
    }

    /** A writer for one thread, over that thread's own connection. */
    Writer open(Taos taos, BenchConfig config, DataGenerator data);

    /** Writes planned batches; one per thread, not thread-safe. */
    interface Writer {
        /**
         * Writes a batch in one or more requests, reporting each request's latency in nanoseconds.
         *
         * @return the rows the server reported written
         */
        long write(BatchPlanner.Batch batch, LongConsumer latencyNanos);
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
            case "stmt2", "stmt" -> Unavailable.STMT2;
            case "schemaless", "sml", "sml-rest" -> Unavailable.SCHEMALESS;
            default -> throw new IllegalArgumentException("unknown insert mode '" + name
                    + "'; use sql, stmt2 or schemaless");
        };
    }

    /** The modes this build names but cannot run yet. */
    enum Unavailable implements InsertMode {
        STMT2("stmt2", "the connector's stmt2 parameter binding (io.taos4j.Stmt2), which this build does not have"
                + " yet"),
        SCHEMALESS("schemaless", "the connector's schemaless writer (line/telnet/JSON protocols), which this build"
                + " does not have yet");

        private final String mode;
        private final String missing;

        Unavailable(String mode, String missing) {
            this.mode = mode;
            this.missing = missing;
        }

        @Override
        public String mode() {
            return mode;
        }

        @Override
        public void checkAvailable() {
            throw new UnsupportedOperationException("insert mode '" + mode + "' needs " + missing
                    + "; run with --interface sql");
        }

        @Override
        public Writer open(Taos taos, BenchConfig config, DataGenerator data) {
            checkAvailable();
            throw new AssertionError("unreachable");
        }
    }
}
