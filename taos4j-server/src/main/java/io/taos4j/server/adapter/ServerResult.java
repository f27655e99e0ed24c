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

    /**
     * The next block's rows: consecutive batches packed up to {@link TableData#CHUNK_ROWS} rows (TDengine sends a
     * super table's small children in one block), or null at the end.
     */
    private Batch nextSlice() {
        List<Batch> parts = new ArrayList<>(2);
        int total = 0;
        while (total < TableData.CHUNK_ROWS) {
            if (pending == null) {
                Batch b = rows.next();
                if (b == null) {
                    break;
                }
                if (b.rows() == 0) {
                    continue;
                }
                pending = b;
                pendingFrom = 0;
            }
            int take = Math.min(pending.rows() - pendingFrom, TableData.CHUNK_ROWS - total);
            parts.add(pending.slice(pendingFrom, pendingFrom + take));
            pendingFrom += take;
            total += take;
            if (pendingFrom >= pending.rows()) {
                pending = null;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Batch first = parts.get(0);
        ColumnVector[] cols = new ColumnVector[first.columnCount()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = first.column(c).newEmpty(total);
            for (Batch p : parts) {
                cols[c].appendRange(p.column(c), 0, p.rows());
            }
        }
        return new Batch(cols, total);
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
