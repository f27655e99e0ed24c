package io.taos4j;

import io.taos4j.internal.mapping.RowMapper;
import io.taos4j.internal.ws.ConnectionLost;
import io.taos4j.internal.ws.WsConnection;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.ws.FetchRawBlockRequest;
import io.taos4j.protocol.ws.FetchRawBlockResponse;
import io.taos4j.protocol.ws.FreeResultRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A result set fetched over {@code fetch_raw_block}: one fetch in flight at a time, up to {@code prefetch} blocks
 * requested ahead of the reader, so memory stays bounded by a few blocks whatever the result size.
 */
final class WsResultSet implements ResultSet {
    private final TaosConnection owner;
    private final WsConnection origin;
    private final long resultId;
    private final List<Field> fields;
    private final Precision precision;
    private final long affectedRows;
    private final int prefetch;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<CompletableFuture<Block>> queue = new ArrayDeque<>();
    private boolean inFlight;
    private boolean ended;
    private boolean closed;

    WsResultSet(TaosConnection owner, WsConnection origin, long resultId, List<Field> fields, Precision precision,
                long affectedRows, int prefetch) {
        this.owner = owner;
        this.origin = origin;
        this.resultId = resultId;
        this.fields = fields;
        this.precision = precision;
        this.affectedRows = affectedRows;
        this.prefetch = prefetch;
        this.ended = resultId == 0;
        if (!ended) {
            lock.lock();
            try {
                requestNext();
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public List<Field> fields() {
        return fields;
    }

    @Override
    public Precision precision() {
        return precision;
    }

    @Override
    public long affectedRows() {
        return affectedRows;
    }

    @Override
    public CompletableFuture<Block> nextBlockAsync() {
        lock.lock();
        try {
            if (closed) {
                return CompletableFuture.failedFuture(new TaosException(TaosError.TSC_INVALID_OPERATION.code(),
                        "result set is closed"));
            }
            if (queue.isEmpty()) {
                if (ended) {
                    return CompletableFuture.completedFuture(null);
                }
                requestNext();
            }
            CompletableFuture<Block> next = queue.poll();
            requestNext();
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** Issues the next fetch unless one is in flight, the end was reached, or enough blocks are queued. Locked. */
    private void requestNext() {
        if (inFlight || ended || closed || queue.size() >= prefetch) {
            return;
        }
        inFlight = true;
        long reqId = origin.nextReqId();
        long start = System.nanoTime();
        CompletableFuture<Block> block = origin.sendForBinary(new FetchRawBlockRequest(reqId, resultId))
                .handle((r, e) -> {
                    owner.meters().request(FetchRawBlockRequest.ACTION, System.nanoTime() - start, e == null);
                    boolean last = true;
                    try {
                        if (e != null) {
                            throw new CompletionException(cut(Futures.unwrap(e)));
                        }
                        Block b = toBlock((FetchRawBlockResponse) r);
                        last = b == null;
                        return b;
                    } finally {
                        settled(last);
                    }
                });
        queue.add(block);
        block.whenComplete((b, e) -> {
            lock.lock();
            try {
                // settled(...) has already cleared inFlight: a reader may have issued the next fetch since
                if (e != null || b == null) {
                    ended = true;
                    owner.forget(this);
                } else {
                    requestNext();
                }
            } finally {
                lock.unlock();
            }
        });
    }

    /**
     * Marks the fetch in flight as done before its future completes: a reader woken by that future may ask for the
     * next block at once, and must then find either the end or no fetch in flight (so that it issues the next one).
     */
    private void settled(boolean last) {
        lock.lock();
        try {
            inFlight = false;
            if (last) {
                ended = true;
            }
        } finally {
            lock.unlock();
        }
    }

    /** A fetch lost with its connection: the result lived on that connection and cannot be fetched elsewhere. */
    private TaosException cut(TaosException e) {
        if (!(e instanceof ConnectionLost)) {
            return e;
        }
        return new TaosException(TaosError.TSC_DISCONNECTED.code(), TaosError.TSC_DISCONNECTED.text()
                + ": the connection to " + origin.target().safeUrl() + " was lost while this result set (id "
                + resultId + ") was being read; results do not survive a reconnection, run the query again",
                e.reqId(), e);
    }

    private Block toBlock(FetchRawBlockResponse r) {
        if (r.code() != 0) {
            throw new TaosException(r.code(), r.message(), r.reqId());
        }
        if (r.finished()) {
            return null;
        }
        try {
            return new Block(r.rawBlock(), fields, precision, owner.zone());
        } catch (ProtocolException e) {
            throw new TaosException(TaosError.INVALID_MSG.code(), "malformed block from the server: "
                    + e.getMessage(), r.reqId(), e);
        }
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            Block block;
            int row;
            boolean done;

            @Override
            public boolean hasNext() {
                while (!done && (block == null || row >= block.rows())) {
                    block = nextBlock();
                    row = 0;
                    if (block == null) {
                        done = true;
                    }
                }
                return !done;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return block.row(row++);
            }
        };
    }

    @Override
    public Stream<Row> rows() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    @Override
    public <T> List<T> deserialize(Class<T> type) {
        RowMapper<T> mapper = RowMapper.of(type, fields, owner.zone());
        List<T> out = new ArrayList<>();
        Block b;
        while ((b = nextBlock()) != null) {
            for (int r = 0; r < b.rows(); r++) {
                out.add(mapper.map(b, r));
            }
        }
        return out;
    }

    @Override
    public <T> CompletableFuture<List<T>> deserializeAsync(Class<T> type) {
        RowMapper<T> mapper;
        try {
            mapper = RowMapper.of(type, fields, owner.zone());
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        }
        List<T> out = new ArrayList<>();
        return collect(mapper, out).thenApply(v -> out);
    }

    private <T> CompletableFuture<Void> collect(RowMapper<T> mapper, List<T> out) {
        return nextBlockAsync().thenCompose(b -> {
            if (b == null) {
                return CompletableFuture.completedFuture(null);
            }
            for (int r = 0; r < b.rows(); r++) {
                out.add(mapper.map(b, r));
            }
            return collect(mapper, out);
        });
    }

    @Override
    public <T> Stream<T> stream(Class<T> type) {
        RowMapper<T> mapper = RowMapper.of(type, fields, owner.zone());
        Function<Row, T> map = row -> mapper.map(row.block(), row.index());
        return rows().map(map);
    }

    @Override
    public void close() {
        boolean free;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            // the server frees a result by itself once it reported the end or an error
            free = resultId != 0 && !ended;
            queue.clear();
        } finally {
            lock.unlock();
        }
        if (free) {
            origin.sendNoReply(new FreeResultRequest(resultId, resultId));
        }
        owner.forget(this);
    }

    @Override
    public String toString() {
        return "ResultSet[id=" + resultId + ", fields=" + fields + "]";
    }

}
