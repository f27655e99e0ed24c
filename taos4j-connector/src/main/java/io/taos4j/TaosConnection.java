package io.taos4j;

import io.taos4j.internal.metrics.Meters;
import io.taos4j.internal.ws.SessionListener;
import io.taos4j.internal.ws.WsConnection;
import io.taos4j.internal.ws.WsSession;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.ws.BinaryQueryRequest;
import io.taos4j.protocol.ws.FreeResultRequest;
import io.taos4j.protocol.ws.QueryResponse;
import io.taos4j.protocol.ws.ResultFields;
import io.taos4j.protocol.ws.VersionRequest;
import io.taos4j.protocol.ws.SchemalessInsertRequest;
import io.taos4j.protocol.ws.SchemalessInsertResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link Taos} over a {@link WsSession}: one WebSocket connection at a time (TCP or in-VM), reconnecting. */
final class TaosConnection implements Taos, SessionListener {
    static final String VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(TaosConnection.class);
    private static final Pattern USE = Pattern.compile("^\\s*use\\s+(`(?:[^`]|``)+`|[^\\s;]+)\\s*;?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final WsSession session;
    private final TaosProperties properties;
    private final ZoneId zone;
    private final int prefetch;
    private final boolean replayWrites;
    private final Meters meters;
    private final Set<WsResultSet> open = ConcurrentHashMap.newKeySet();
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
    private volatile String database;
    private volatile boolean closed;

    TaosConnection(WsSession session, TaosProperties properties, ZoneId zone, Meters meters) {
        this.session = session;
        this.properties = properties;
        this.zone = zone;
        this.meters = meters;
        this.prefetch = Math.max(1, properties.getInt(TaosProperty.PREFETCH));
        this.replayWrites = properties.getBoolean(TaosProperty.RECONNECT_REPLAY_WRITES);
        this.database = properties.getString(TaosProperty.DATABASE);
        session.addListener(this);
    }

    void onClose(Runnable action) {
        onClose.add(action);
    }

    ZoneId zone() {
        return zone;
    }

    WsSession session() {
        return session;
    }

    Meters meters() {
        return meters;
    }

    @Override
    public CompletableFuture<Long> execAsync(String sql, long reqId) {
        return run(sql, reqId).thenApply(reply -> {
            QueryResponse r = reply.value();
            if (!r.isUpdate() && r.id() != 0) {
                reply.connection().sendNoReply(new FreeResultRequest(r.id(), r.id()));
            }
            return r.affectedRows();
        });
    }

    @Override
    public CompletableFuture<ResultSet> queryAsync(String sql, long reqId) {
        return run(sql, reqId).thenApply(reply -> {
            QueryResponse r = reply.value();
            if (r.isUpdate()) {
                return new WsResultSet(this, reply.connection(), 0, List.of(), Precision.MILLISECONDS,
                        r.affectedRows(), prefetch);
            }
            ResultFields f = r.fields();
            WsResultSet rs = new WsResultSet(this, reply.connection(), r.id(), fields(f),
                    Precision.ofCode(f.precision()), 0, prefetch);
            open.add(rs);
            return rs;
        });
    }

    @Override
    public CompletableFuture<Long> putAsync(SmlData data) {
        java.util.Objects.requireNonNull(data, "data");
        if (closed) {
            return CompletableFuture.failedFuture(new TaosException(TaosError.TSC_DISCONNECTED.code(),
                    "connection is closed"));
        }
        long reqId = data.reqId() != null ? data.reqId() : session.nextReqId();
        SchemalessInsertRequest request = new SchemalessInsertRequest(reqId, data.protocol().code(),
                data.precision().wireName(), data.payload(), data.ttl(), data.tableNameKey());
        long start = System.nanoTime();
        // a write: replayed after a reconnection only when the caller gave a request id and asked for it
        return session.call(c -> c.send(request), replayWrites && data.reqId() != null).handle((r, e) -> {
            meters.request(SchemalessInsertRequest.ACTION, System.nanoTime() - start, e == null);
            if (e != null) {
                throw new CompletionException(Futures.unwrap(e));
            }
            return ((SchemalessInsertResponse) r.value()).affectedRows();
        });
    }

    private CompletableFuture<WsSession.Reply<QueryResponse>> run(String sql, long reqId) {
        if (closed) {
            return CompletableFuture.failedFuture(new TaosException(TaosError.TSC_DISCONNECTED.code(),
                    "connection is closed"));
        }
        long id = reqId != 0 ? reqId : session.nextReqId();
        SqlKind kind = SqlKind.of(sql);
        boolean replay = kind.isReplayable() || replayWrites && reqId != 0;
        if (LOG.isDebugEnabled()) {
            LOG.debug("req_id={} binary_query {}", Long.toUnsignedString(id), LogText.sql(sql));
        }
        long start = System.nanoTime();
        return session.call(c -> c.send(new BinaryQueryRequest(id, sql)), replay).handle((reply, e) -> {
            meters.request(BinaryQueryRequest.ACTION, System.nanoTime() - start, e == null);
            if (e != null) {
                TaosException te = Futures.unwrap(e);
                LOG.debug("req_id={} failed: {}", Long.toUnsignedString(id), te.getMessage());
                throw new CompletionException(te);
            }
            if (kind == SqlKind.USE) {
                Matcher m = USE.matcher(sql);
                if (m.matches()) {
                    String name = m.group(1);
                    database = name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`")
                            : name.toLowerCase(Locale.ROOT);
                }
            }
            return new WsSession.Reply<>(reply.connection(), (QueryResponse) reply.value());
        });
    }

    @Override
    public CompletableFuture<Stmt2> stmt2Async() {
        if (closed) {
            return CompletableFuture.failedFuture(disconnected());
        }
        return WsStmt2.open(this);
    }

    @Override
    public CompletableFuture<Stmt> stmtAsync() {
        if (closed) {
            return CompletableFuture.failedFuture(disconnected());
        }
        return WsStmt.open(this);
    }

    private static TaosException disconnected() {
        return new TaosException(io.taos4j.protocol.TaosError.TSC_DISCONNECTED.code(), "connection is closed");
    }

    /** A result set for a result the server already holds (a prepared query's), registered for close(). */
    ResultSet openResultSet(WsConnection origin, long id, ResultFields f) {
        WsResultSet rs = new WsResultSet(this, origin, id, fields(f), Precision.ofCode(f.precision()), 0, prefetch);
        open.add(rs);
        return rs;
    }

    /** One {@code version} round trip: proves the connection (reconnecting if needed) answers. */
    CompletableFuture<Void> pingAsync() {
        long start = System.nanoTime();
        return session.call(c -> c.send(new VersionRequest(session.nextReqId())), true)
                .whenComplete((r, e) -> meters.request(VersionRequest.ACTION, System.nanoTime() - start, e == null))
                .thenApply(r -> null);
    }

    private static List<Field> fields(ResultFields f) {
        List<Field> out = new ArrayList<>(f.count());
        for (int i = 0; i < f.count(); i++) {
            TaosType type = TaosType.ofCode(f.types().get(i));
            int precision = f.precisions() == null ? 0 : f.precisions().get(i).intValue();
            int scale = f.scales() == null ? 0 : f.scales().get(i).intValue();
            out.add(new Field(f.names().get(i), type, f.lengths().get(i).intValue(), precision, scale));
        }
        return List.copyOf(out);
    }

    void forget(WsResultSet rs) {
        open.remove(rs);
    }

    /** Result sets opened and not yet closed or read to the end. */
    int openResults() {
        return open.size();
    }

    /** Closes result sets left open (a pooled connection going back to its pool). */
    void closeResults() {
        for (WsResultSet rs : open) {
            rs.close();
        }
    }

    // ---- reconnection: restore the current database on the new connection ----------------------------------------

    @Override
    public CompletableFuture<Void> restore(WsConnection fresh) {
        String db = database;
        if (db == null) {
            return CompletableFuture.completedFuture(null);
        }
        return fresh.send(new BinaryQueryRequest(fresh.nextReqId(), "USE " + Identifiers.quote(db)))
                .thenApply(r -> null);
    }

    @Override
    public void closed(TaosException cause) {
        closed = true;
    }

    @Override
    public String serverVersion() {
        return session.serverVersion();
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public boolean isClosed() {
        return closed || session.isClosed();
    }

    @Override
    public void close() {
        closed = true;
        closeResults();
        session.closeAsync().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        for (Runnable r : onClose) {
            if (onClose.remove(r)) {
                r.run();
            }
        }
    }

    @Override
    public String toString() {
        return "Taos[" + properties.getString(TaosProperty.USER) + "@" + serverVersion() + ", db=" + database + "]";
    }
}
