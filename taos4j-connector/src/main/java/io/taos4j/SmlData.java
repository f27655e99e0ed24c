package io.taos4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One schemaless write for {@link Taos#put(SmlData)}: the data, its protocol and how to treat it. Tables are created
 * and widened as the data needs (TDengine's schemaless rules); the connection's current database receives it.
 *
 * <pre>{@code
 * taos.put(SmlData.builder()
 *         .protocol(SchemalessProtocol.LINE)
 *         .precision(SchemalessPrecision.MILLISECONDS)
 *         .lines("meters,location=SF,groupid=2 current=10.3,voltage=219i32 1648432611249")
 *         .ttl(30)
 *         .build());
 * }</pre>
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class SmlData {
    private final SchemalessProtocol protocol;
    private final SchemalessPrecision precision;
    private final String payload;
    private final int ttl;
    private final Long reqId;
    private final String tableNameKey;

    private SmlData(Builder b) {
        this.protocol = b.protocol;
        this.precision = b.precision;
        this.payload = b.payload;
        this.ttl = b.ttl;
        this.reqId = b.reqId;
        this.tableNameKey = b.tableNameKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How the payload is read; never null. */
    public SchemalessProtocol protocol() {
        return protocol;
    }

    /** The unit of line-protocol timestamps; never null ({@link SchemalessPrecision#NOT_CONFIGURED} by default). */
    public SchemalessPrecision precision() {
        return precision;
    }

    /** The data sent: lines joined with {@code \n}, or the raw payload; never null. */
    public String payload() {
        return payload;
    }

    /** TTL in days of the child tables this write creates; 0 (the default) for none. */
    public int ttl() {
        return ttl;
    }

    /** The request id to send, or null to let the connection pick one. */
    public Long reqId() {
        return reqId;
    }

    /** The tag whose value names the child table (and is then not stored as a tag), or null. */
    public String tableNameKey() {
        return tableNameKey;
    }

    @Override
    public String toString() {
        return "SmlData[" + protocol + ", " + precision + ", " + payload.length() + " chars, ttl=" + ttl
                + (reqId == null ? "" : ", reqId=" + reqId) + (tableNameKey == null ? "" : ", tableNameKey="
                + tableNameKey) + "]";
    }

    /** Builds {@link SmlData}. Not thread-safe. */
    public static final class Builder {
        private SchemalessProtocol protocol;
        private SchemalessPrecision precision = SchemalessPrecision.NOT_CONFIGURED;
        private String payload;
        private int ttl;
        private Long reqId;
        private String tableNameKey;

        private Builder() {
        }

        /** Required. */
        public Builder protocol(SchemalessProtocol protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            return this;
        }

        public Builder precision(SchemalessPrecision precision) {
            this.precision = Objects.requireNonNull(precision, "precision");
            return this;
        }

        /** The data as lines (points of LINE or TELNET; JSON documents are sent joined by newlines as well). */
        public Builder lines(String... lines) {
            return lines(Arrays.asList(lines));
        }

        /** The data as lines; the list is copied. */
        public Builder lines(Iterable<String> lines) {
            List<String> copy = new ArrayList<>();
            for (String line : lines) {
                copy.add(Objects.requireNonNull(line, "line"));
            }
            this.payload = String.join("\n", copy);
            return this;
        }

        /** The data exactly as it is to be sent: newline-separated lines, or a JSON document. */
        public Builder payload(String payload) {
            this.payload = Objects.requireNonNull(payload, "payload");
            return this;
        }

        /** TTL in days of the child tables the write creates; 0 for none. */
        public Builder ttl(int ttl) {
            if (ttl < 0) {
                throw new IllegalArgumentException("ttl must not be negative: " + ttl);
            }
            this.ttl = ttl;
            return this;
        }

        /** The request id to send (for tracing); it must not repeat among the connection's pending requests. */
        public Builder reqId(long reqId) {
            this.reqId = reqId;
            return this;
        }

        /** The tag whose value names the child table; null or empty for TDengine's generated names. */
        public Builder tableNameKey(String tableNameKey) {
            this.tableNameKey = tableNameKey == null || tableNameKey.isEmpty() ? null : tableNameKey;
            return this;
        }

        /**
         * @throws IllegalStateException when the protocol or the data was not given
         */
        public SmlData build() {
            if (protocol == null) {
                throw new IllegalStateException("SmlData needs a protocol");
            }
            if (payload == null) {
                throw new IllegalStateException("SmlData needs data: lines(...) or payload(...)");
            }
            return new SmlData(this);
        }
    }
}
