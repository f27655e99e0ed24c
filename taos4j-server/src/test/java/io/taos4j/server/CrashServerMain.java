package io.taos4j.server;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Session;
import io.taos4j.server.insert.InsertPlan;
import io.taos4j.server.storage.WriteBatch;
import java.nio.file.Path;
import java.time.ZoneOffset;

/**
 * The server process of the crash tests: opens a durable server on a data directory and writes requests until it is
 * killed, appending {@code k} to the acknowledgement file after request {@code k} returned (= was acknowledged).
 * Each line is one unbuffered write, so it survives the kill.
 *
 * <p>Request {@code k} writes {@link #rows(long)} rows into each of three tables ({@link #tables(long)}), with
 * {@code v = k}, {@code w = 0..rows-1} and {@code ts = T0 + k * 100 + w}. Mode {@code sql} sends one multi-table
 * INSERT statement; mode {@code plan} builds the same request with {@link InsertPlan.Builder} directly, the path
 * stmt2 binds and schemaless lines take, so both are covered by the same checks. When those front ends exist, a mode
 * per front end (binding the same rows through it) plugs into {@code CrashTest} unchanged: the checks only look at
 * the rows.
 *
 * <p>Usage: {@code CrashServerMain <dataDir> <sql|plan> <firstRequest> <ackFile>}.
 */
public final class CrashServerMain {
    static final long T0 = 1_700_000_000_000L;
    static final int TABLES = 7;

    private CrashServerMain() {
    }

    static int rows(long k) {
        return 1 + (int) (k * 7 % 40);
    }

    static int[] tables(long k) {
        return new int[] {(int) (k % TABLES), (int) ((k + 2) % TABLES), (int) ((k + 5) % TABLES)};
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean sql = args[1].equals("sql");
        long k = Long.parseLong(args[2]);
        java.io.FileOutputStream acks = new java.io.FileOutputStream(args[3], true);
        long started = System.nanoTime();
        TaosServer server = TaosServer.builder().noTcp().localName("crash-" + ProcessHandle.current().pid())
                .dataDir(dir).memtableBudget(256 << 10).start();
        System.out.println("READY " + (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        Engine engine = server.engine();
        Session session = new Session("root", null, ZoneOffset.UTC);
        engine.execute(session, "create database if not exists crash vgroups 3");
        engine.execute(session, "create stable if not exists crash.st (ts timestamp, v bigint, w int, s varchar(24))"
                + " tags (n int)");
        Catalog catalog = engine.catalog();
        while (true) {
            if (sql) {
                StringBuilder b = new StringBuilder("insert into");
                for (int t : tables(k)) {
                    b.append(" crash.t").append(t).append(" using crash.st tags (").append(t).append(") values");
                    for (int w = 0; w < rows(k); w++) {
                        b.append(" (").append(T0 + k * 100 + w).append(", ").append(k).append(", ").append(w)
                                .append(", 'r").append(k).append('_').append(w).append("')");
                    }
                }
                engine.execute(session, b.toString());
            } else {
                Database db = catalog.database("crash");
                SuperTable st = (SuperTable) db.table("st");
                InsertPlan.Builder plan = new InsertPlan.Builder();
                for (int t : tables(k)) {
                    WriteBatch.Builder rows = plan.rows(db, "t" + t, st, new Object[] {(long) t});
                    for (int w = 0; w < rows(k); w++) {
                        rows.beginRow(T0 + k * 100 + w);
                        ((LongVector) rows.mark(1)).append(k);
                        ((IntVector) rows.mark(2)).append(w);
                        ((BinaryVector) rows.mark(3)).append("r" + k + "_" + w);
                    }
                }
                plan.build().execute(catalog);
            }
            acks.write((k + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            k++;
        }
    }
}
