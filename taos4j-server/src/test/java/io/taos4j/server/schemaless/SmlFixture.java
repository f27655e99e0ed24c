package io.taos4j.server.schemaless;

import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.ServerInfo;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.Batch;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A real engine with one database {@code db} in a given precision, a schemaless writer on it with a fixed clock,
 * and helpers to read results back through SQL.
 */
final class SmlFixture {
    /** The writer's "now": 2024-01-02T03:04:05.123456789Z. */
    static final long NOW_NANOS = 1_704_164_645_123_456_789L;

    final Engine engine = new Engine(new ServerInfo("3.3.8.0", System.currentTimeMillis(), ZoneOffset.UTC,
            "localhost:6030"));
    final Session session;
    final SchemalessWriter writer = new SchemalessWriter(engine.catalog(), () -> NOW_NANOS);

    SmlFixture(String precision) {
        session = new Session("root", null, ZoneOffset.UTC);
        engine.execute(session, "create database db precision '" + precision + "'");
        engine.execute(session, "use db");
    }

    SmlFixture() {
        this("ms");
    }

    SmlResult write(SmlProtocol protocol, SmlPrecision precision, String payload) {
        return writer.write("db", new SmlRequest(protocol, precision, 0, null,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    SmlResult line(String payload) {
        return write(SmlProtocol.LINE, SmlPrecision.MILLISECONDS, payload);
    }

    SmlResult lineWithKey(String tableNameKey, String payload) {
        return writer.write("db", new SmlRequest(SmlProtocol.LINE, SmlPrecision.MILLISECONDS, 0, tableNameKey,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    /** Rows of a query, each value as {@code getObject} gives it. */
    List<List<Object>> query(String sql) {
        Result r = engine.execute(session, sql);
        List<List<Object>> rows = new ArrayList<>();
        try (var op = ((Result.Query) r).rows()) {
            for (Batch b = op.next(); b != null; b = op.next()) {
                for (int i = 0; i < b.rows(); i++) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 0; c < b.columnCount(); c++) {
                        row.add(b.column(c).getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The single value of a one-row, one-column query. */
    Object value(String sql) {
        List<List<Object>> rows = query(sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value from " + sql + " but got " + rows);
        }
        return rows.get(0).get(0);
    }

    /** {@code DESCRIBE} as {@code "name TYPE(length)"}, tags suffixed with {@code " TAG"}. */
    List<String> describe(String table) {
        List<String> out = new ArrayList<>();
        for (List<Object> row : query("describe `" + table + "`")) {
            String type = (String) row.get(1);
            boolean var = type.equals("VARCHAR") || type.equals("NCHAR") || type.equals("VARBINARY")
                    || type.equals("GEOMETRY");
            out.add(row.get(0) + " " + type + (var ? "(" + row.get(2) + ")" : "")
                    + ("TAG".equals(row.get(3)) ? " TAG" : ""));
        }
        return out;
    }

    /** Names of the child tables of a super table, sorted. */
    List<String> children(String stable) {
        List<String> out = new ArrayList<>();
        for (List<Object> row : query("select distinct tbname from `" + stable + "` order by tbname")) {
            out.add((String) row.get(0));
        }
        return out;
    }
}
