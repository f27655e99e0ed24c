package io.taos4j.server.durable;

import io.taos4j.protocol.Precision;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.ServerInfo;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Values;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A durable engine on a data directory, driven with SQL in-process: what the recovery tests start and stop. */
final class Node implements AutoCloseable {
    final Catalog catalog = new Catalog();
    final DurableStorage storage;
    final Engine engine;
    final Session session = new Session("root", null, ZoneOffset.UTC);

    Node(Path dir) {
        this(dir, DurableStorage.Options.defaults());
    }

    Node(Path dir, DurableStorage.Options options) {
        storage = DurableStorage.open(dir, catalog, options);
        engine = new Engine(new ServerInfo("3.3.8.0", System.currentTimeMillis(), ZoneOffset.UTC, "localhost:6030"),
                catalog);
    }

    long exec(String sql) {
        return ((Result.Update) engine.execute(session, sql)).affectedRows();
    }

    /** Queries with a session of its own (for other threads). */
    static final class Reader {
        private final Node node;
        private final Session session = new Session("root", null, ZoneOffset.UTC);

        Reader(Node node) {
            this.node = node;
        }

        String one(String sql) {
            List<String> r = node.rows(session, sql);
            if (r.size() != 1) {
                throw new AssertionError("expected one row from " + sql + ", got " + r);
            }
            return r.get(0);
        }
    }

    /** Rows of a query, each rendered as its values joined by {@code |} (timestamps as raw ticks). */
    List<String> rows(String sql) {
        return rows(session, sql);
    }

    List<String> rows(Session s, String sql) {
        Result.Query q = (Result.Query) engine.execute(s, sql);
        List<String> out = new ArrayList<>();
        try (var op = q.rows()) {
            Batch b;
            while ((b = op.next()) != null) {
                for (int r = 0; r < b.rows(); r++) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < q.fields().size(); c++) {
                        Object v = Values.get(b.column(c), r, q.fields().get(c).type());
                        cells.add(v instanceof byte[] bytes ? new String(bytes) : String.valueOf(v));
                    }
                    out.add(String.join("|", cells));
                }
            }
        }
        return out;
    }

    String one(String sql) {
        List<String> r = rows(sql);
        if (r.size() != 1) {
            throw new AssertionError("expected one row from " + sql + ", got " + r);
        }
        return r.get(0);
    }

    static Precision ms() {
        return Precision.MILLISECONDS;
    }

    /** A simulated crash: nothing flushed, nothing checkpointed. */
    void crash() {
        storage.abandon();
    }

    @Override
    public void close() {
        storage.close();
    }
}
