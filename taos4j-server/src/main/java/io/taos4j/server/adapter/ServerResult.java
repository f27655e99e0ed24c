package io.taos4j.server.adapter;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.block.RawBlockEncoder;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.ws.ResultFields;
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.storage.TableData;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An open result set of one WebSocket session: the operator producing its rows, and the encoding of those rows into
 * raw blocks. Fetches and frees may race (JDBC sends {@code free_result} right after a fetch), so both take a lock.
 */
final class ServerResult implements AutoCloseable {
    private final long id;
    private final List<Field> fields;
    private final List<ColumnSchema> schemas;
    private final Precision precision;
    private final Operator rows;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;
    private Batch pending;
    private int pendingFrom;
    /** The block kept between the old protocol's {@code fetch} and {@code fetch_block}. */
    private byte[] held;
    private int heldRows;

    ServerResult(long id, List<Field> fields, Precision precision, Operator rows) {
        this.id = id;
        this.fields = List.copyOf(fields);
        this.precision = precision;
        this.rows = rows;
        List<ColumnSchema> s = new ArrayList<>(fields.size());
        fields.forEach(f -> s.add(f.blockSchema()));
        this.schemas = s;
    }

    long id() {
        return id;
    }

    List<Field> fields() {
        return fields;
    }

    /** The column description of the query reply. */
    ResultFields describe() {
        int n = fields.size();
        List<String> names = new ArrayList<>(n);
        List<Integer> types = new ArrayList<>(n);
        List<Long> lengths = new ArrayList<>(n);
        List<Long> precisions = new ArrayList<>(n);
        List<Long> scales = new ArrayList<>(n);
        for (Field f : fields) {
            names.add(f.name());
            types.add(f.type().type().code());
            lengths.add((long) f.type().userLength());
            precisions.add((long) f.type().precision());
            scales.add((long) f.type().scale());
        }
        return new ResultFields(n, names, types, lengths, precision.code(), precisions, scales);
    }

    /**
     * The next {@code fetch_raw_block} data reply, or null when the rows are exhausted (the result is then
     * closed).
     */
    ByteBuffer nextRawBlockReply(long reqId, long startNanos) {
        lock.lock();
        try {
            if (closed) {
                return null;
            }
            Batch b = nextSlice();
            if (b == null) {
                closeLocked();
                return null;
            }
            List<ColumnVector> cols = Arrays.asList(b.columns());
            int blockLen = RawBlockEncoder.encodedLength(schemas, cols, 0, b.rows());
            ByteBuffer out = ByteBuffer.allocate(WsBinary.FETCH_RAW_BLOCK_HEADER_LENGTH + blockLen);
            RawBlockEncoder.encode(out.position(WsBinary.FETCH_RAW_BLOCK_HEADER_LENGTH), RawBlockEncoder.VERSION_QUERY,
                    0L, schemas, cols, 0, b.rows());
            out.position(0);
            WsBinary.writeFetchRawBlockHeader(out, System.nanoTime() - startNanos, reqId, id, blockLen);
            return out.position(0);
        } finally {
            lock.unlock();
        }
    }

    /** Old protocol: pulls the next block and keeps it for {@code fetch_block}; returns its row count, 0 at the end. */
    int fetchAndHold() {
        lock.lock();
        try {
            held = null;
            heldRows = 0;
            if (closed) {
                return 0;
            }
            Batch b = nextSlice();
            if (b == null) {
                closeLocked();
                return 0;
            }
            held = RawBlockEncoder.encode(schemas, Arrays.asList(b.columns()), 0, b.rows());
            heldRows = b.rows();
            return heldRows;
        } finally {
            lock.unlock();
        }
    }

    /** The block held by the last {@link #fetchAndHold()}, or null. */
    byte[] heldBlock() {
        lock.lock();
        try {
            return held;
        } finally {
            lock.unlock();
        }
    }

    /** Per-column lengths of the held block as the old {@code fetch} reply reports them. */
    List<Integer> heldLengths() {
        List<Integer> out = new ArrayList<>(fields.size());
        for (ColumnSchema s : schemas) {
            out.add(s.type().isDecimal() ? s.userLength() : s.bytes());
        }
        return out;
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** The next non-empty batch of at most one block's rows, or null. */
    private Batch nextSlice() {
        while (true) {
            if (pending != null) {
                int end = Math.min(pending.rows(), pendingFrom + TableData.CHUNK_ROWS);
                Batch slice = pending.slice(pendingFrom, end);
                pendingFrom = end;
                if (pendingFrom >= pending.rows()) {
                    pending = null;
                }
                return slice;
            }
            Batch b = rows.next();
            if (b == null) {
                return null;
            }
            if (b.rows() == 0) {
                continue;
            }
            if (b.rows() <= TableData.CHUNK_ROWS) {
                return b;
            }
            pending = b;
            pendingFrom = 0;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeLocked();
        } finally {
            lock.unlock();
        }
    }

    private void closeLocked() {
        if (!closed) {
            closed = true;
            pending = null;
            held = null;
            rows.close();
        }
    }
}
