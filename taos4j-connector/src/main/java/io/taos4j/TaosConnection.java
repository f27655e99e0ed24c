package io.taos4j;

import io.taos4j.internal.ws.WsConnection;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.ws.BinaryQueryRequest;
import io.taos4j.protocol.ws.FreeResultRequest;
import io.taos4j.protocol.ws.QueryResponse;
import io.taos4j.protocol.ws.ResultFields;
import io.taos4j.protocol.ws.SchemalessInsertRequest;
import io.taos4j.protocol.ws.SchemalessInsertResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@link Taos} over one WebSocket connection (TCP or in-VM). */
final class TaosConnection implements Taos {
    static final String VERSION = "0.1.0";
    private static final Pattern USE = Pattern.compile("^\\s*use\\s+(`(?:[^`]|``)+`|[^\\s;]+)\\s*;?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final WsConnection connection;
    private final TaosProperties properties;
    private final String serverVersion;
    private final ZoneId zone;
    private final int prefetch;
    private final Set<WsResultSet> open = ConcurrentHashMap.newKeySet();
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
    private volatile String database;
    private volatile boolean closed;

    TaosConnection(WsConnection connection, TaosProperties properties, String serverVersion, ZoneId zone) {
        this.connection = connection;
        this.properties = properties;
        this.serverVersion = serverVersion;
        this.zone = zone;
        this.prefetch = Math.max(1, properties.getInt(TaosProperty.PREFETCH));
        this.database = properties.getString(TaosProperty.DATABASE);
        connection.closeFuture().thenRun(() -> closed = true);
    }

    void onClose(Runnable action) {
        onClose.add(action);
    }

    ZoneId zone() {
        return zone;
    }

    @Override
    public CompletableFuture<Long> execAsync(String sql) {
        return run(sql).thenApply(r -> {
            if (!r.isUpdate() && r.id() != 0) {
                connection.sendNoReply(new FreeResultRequest(r.id(), r.id()));
            }
            return r.affectedRows();
        });
    }

    @Override
    public CompletableFuture<Long> execManyAsync(Iterable<String> sqls) {
        CompletableFuture<Long> total = CompletableFuture.completedFuture(0L);
        for (String sql : sqls) {
            total = total.thenCompose(sum -> execAsync(sql).thenApply(n -> sum + n));
        }
        return total;
    }

    @Override
    public CompletableFuture<ResultSet> queryAsync(String sql) {
        return run(sql).thenApply(r -> {
            if (r.isUpdate()) {
                return new WsResultSet(this, 0, List.of(), Precision.MILLISECONDS, r.affectedRows(), prefetch);
            }
            ResultFields f = r.fields();
            WsResultSet rs = new WsResultSet(this, r.id(), fields(f), Precision.ofCode(f.precision()), 0, prefetch);
            open.add(rs);
            return rs;
        });
    }

    @Override
    public CompletableFuture<Long> putAsync(SmlData data) {
        java.util.Objects.requireNonNull(data, "data");
        if (closed) {
            return CompletableFuture.failedFuture(new TaosException(
                    io.taos4j.protocol.TaosError.TSC_DISCONNECTED.code(), "connection is closed"));
        }
        long reqId = data.reqId() != null ? data.reqId() : connection.nextReqId();
        SchemalessInsertRequest request = new SchemalessInsertRequest(reqId, data.protocol().code(),
                data.precision().wireName(), data.payload(), data.ttl(), data.tableNameKey());
        return connection.send(request).thenApply(r -> ((SchemalessInsertResponse) r).affectedRows());
    }

    private CompletableFuture<QueryResponse> run(String sql) {
        if (closed) {
            return CompletableFuture.failedFuture(new TaosException(io.taos4j.protocol.TaosError.TSC_DISCONNECTED.code(),
                    "connection is closed"));
        }
        BinaryQueryRequest request = new BinaryQueryRequest(connection.nextReqId(), sql);
        return connection.send(request).thenApply(r -> {
            QueryResponse q = (QueryResponse) r;
            Matcher m = USE.matcher(sql);
            if (m.matches()) {
                String name = m.group(1);
                database = name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`")
                        : name.toLowerCase(java.util.Locale.ROOT);
            }
            return q;
        });
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

    WsConnection connection() {
        return connection;
    }

    void forget(WsResultSet rs) {
        open.remove(rs);
    }

    @Override
    public String serverVersion() {
        return serverVersion;
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public boolean isClosed() {
        return closed || !connection.isOpen();
    }

    @Override
    public void close() {
        if (closed && !connection.isOpen()) {
            runOnClose();
            return;
        }
        closed = true;
        for (Iterator<WsResultSet> it = open.iterator(); it.hasNext(); ) {
            it.next().close();
        }
        connection.close();
        connection.closeFuture().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        runOnClose();
    }

    private void runOnClose() {
        for (Runnable r : onClose) {
            onClose.remove(r);
            r.run();
        }
    }

    @Override
    public String toString() {
        return "Taos[" + properties.getString(TaosProperty.USER) + "@" + serverVersion + ", db=" + database + "]";
    }
}
