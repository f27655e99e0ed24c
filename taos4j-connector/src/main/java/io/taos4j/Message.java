package io.taos4j;

import io.taos4j.internal.mapping.RowMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One message of a subscription, as {@link Consumer#poll} returns it: the rows or table changes of one vgroup of
 * one topic, fully received (nothing is fetched lazily, so a message stays readable after later polls).
 *
 * <p>Three kinds, matching TDengine's message types: {@link Data} (rows, type 1), {@link Meta} (table DDL of a
 * {@code WITH META} topic, type 2) and {@link MetaData} (tables created by an INSERT, and its rows, type 3). Switch
 * on the sealed type, or on {@link #kind()}. Messages are immutable and thread-safe.
 */
public sealed interface Message permits Message.Data, Message.Meta, Message.MetaData {

    /** The message kinds. */
    enum Kind { DATA, META, META_DATA }

    Kind kind();

    /** Topic, vgroup and the log version the message starts at. */
    Offset offset();

    /** The database of the topic. */
    String database();

    /**
     * The offset after this message in its vgroup: {@link Consumer#commit(Message) committing} it acknowledges this
     * message and everything before it there, so the group goes on with what follows.
     *
     * @throws TaosException {@code 0x4000} when the server did not report the end as a log version (snapshot reads)
     */
    Offset next();

    default String topic() {
        return offset().topic();
    }

    default int vgroupId() {
        return offset().vgroupId();
    }

    /**
     * Rows: each block holds rows of one table ({@link Block#tableName()}); blocks of a database or super-table topic
     * may have different columns (different tables, or a schema change between writes).
     *
     * @param offset   where the message starts
     * @param end      the log version after the message ({@link #next()}), {@link Long#MIN_VALUE} when unknown
     * @param database the topic's database
     * @param blocks   the blocks, in log order; unmodifiable
     */
    record Data(Offset offset, long end, String database, List<Block> blocks) implements Message, Rows {
        public Data {
            Objects.requireNonNull(offset, "offset");
            blocks = List.copyOf(blocks);
        }

        @Override
        public Offset next() {
            return Rows.next(offset, end);
        }

        @Override
        public Kind kind() {
            return Kind.DATA;
        }
    }

    /**
     * Table changes (create, alter, drop, delete) as the JSON document TDengine's {@code tmq_get_json_meta} produces:
     * one object with a {@code type} key, or a batch {@code {"tmq_meta_version":"1.0","metas":[...]}} when the
     * consumer set {@code msg.enable.batchmeta} (tmq.md §7).
     *
     * @param offset   where the message was read (for meta messages: the version after the change)
     * @param database the topic's database
     * @param json     the JSON document, never null ({@code "null"} when the server sent none)
     */
    record Meta(Offset offset, String database, String json) implements Message {
        public Meta {
            Objects.requireNonNull(offset, "offset");
            Objects.requireNonNull(json, "json");
        }

        @Override
        public Kind kind() {
            return Kind.META;
        }

        /** For a meta message the server's offset already points past the change. */
        @Override
        public Offset next() {
            return offset;
        }
    }

    /**
     * Tables created by an INSERT (the {@code create} document of {@link Meta#json()}) and the rows of that INSERT.
     *
     * @param offset   where the message starts
     * @param end      the log version after the message ({@link #next()}), {@link Long#MIN_VALUE} when unknown
     * @param database the topic's database
     * @param json     the JSON meta document, never null
     * @param blocks   the blocks; unmodifiable
     */
    record MetaData(Offset offset, long end, String database, String json, List<Block> blocks)
            implements Message, Rows {
        public MetaData {
            Objects.requireNonNull(offset, "offset");
            Objects.requireNonNull(json, "json");
            blocks = List.copyOf(blocks);
        }

        @Override
        public Offset next() {
            return Rows.next(offset, end);
        }

        @Override
        public Kind kind() {
            return Kind.META_DATA;
        }
    }

    /** Reading the rows of {@link Data} and {@link MetaData}. */
    interface Rows extends Iterable<Row> {
        List<Block> blocks();

        private static Offset next(Offset offset, long end) {
            if (end == Long.MIN_VALUE) {
                throw TaosException.of(io.taos4j.protocol.TaosError.TMQ_INVALID_MSG, "the server did not report "
                        + "where this message of " + offset.topic() + " (vgroup " + offset.vgroupId() + ") ends");
            }
            return new Offset(offset.topic(), offset.vgroupId(), end);
        }

        /** The number of rows in all blocks. */
        default int rowCount() {
            int n = 0;
            for (Block b : blocks()) {
                n += b.rows();
            }
            return n;
        }

        /** Every row of every block, block after block. */
        @Override
        default java.util.Iterator<Row> iterator() {
            return blocks().stream().flatMap(b -> b.asRows().stream()).iterator();
        }

        /** The rows as a stream. */
        default Stream<Row> rows() {
            return StreamSupport.stream(spliterator(), false);
        }

        /**
         * Maps every row to {@code type} (a record, a POJO, a {@code Map} or {@code Object[]}) by the rules of
         * {@link ResultSet#deserialize}; blocks with other columns get their own mapping.
         *
         * @throws TaosException 0x0203 when a column cannot be mapped to the type
         */
        default <T> List<T> deserialize(Class<T> type) {
            Objects.requireNonNull(type, "type");
            List<T> out = new ArrayList<>(rowCount());
            Map<List<Field>, RowMapper<T>> mappers = new IdentityHashMap<>();
            for (Block b : blocks()) {
                RowMapper<T> m = mappers.computeIfAbsent(b.fields(), f -> RowMapper.of(type, f, b.zone()));
                for (int r = 0, n = b.rows(); r < n; r++) {
                    out.add(m.map(b, r));
                }
            }
            return out;
        }
    }
}
