package io.taos4j.cli.bench;

import io.taos4j.Taos;
import java.util.function.LongConsumer;

/**
 * Writes rows as SQL: {@code INSERT INTO db.d0 VALUES (...)(...) db.d1 VALUES (...)}, one statement per batch, split
 * when it would pass {@link #MAX_SQL_CHARS} (TDengine's default statement limit is 1 MiB).
 */
final class SqlInsertMode implements InsertMode {
    static final int MAX_SQL_CHARS = 1_000_000;

    @Override
    public String mode() {
        return "sql";
    }

    @Override
    public Writer open(Taos taos, BenchConfig config, DataGenerator data) {
        String db = Names.quote(config.database());
        return (batch, latency) -> {
            StringBuilder sql = new StringBuilder(64 * 1024);
            StringBuilder row = new StringBuilder(256);
            long written = 0;
            int lastTable = -1;
            for (BatchPlanner.Slice slice : batch.slices()) {
                for (long r = slice.firstRow(); r < slice.firstRow() + slice.rows(); r++) {
                    row.setLength(0);
                    row.append('(').append(data.timestamp(r));
                    for (int c = 0; c < data.columnCount(); c++) {
                        row.append(',').append(data.literal(c, slice.table(), r));
                    }
                    row.append(')');
                    if (lastTable >= 0 && sql.length() + row.length() + 64 > MAX_SQL_CHARS) {
                        written += exec(taos, sql, latency);
                        sql.setLength(0);
                        lastTable = -1;
                    }
                    if (slice.table() != lastTable) {
                        sql.append(sql.length() == 0 ? "INSERT INTO " : " ").append(db).append('.')
                                .append(Names.quote(config.childTable(slice.table()))).append(" VALUES ");
                        lastTable = slice.table();
                    }
                    sql.append(row);
                }
            }
            if (sql.length() > 0) {
                written += exec(taos, sql, latency);
            }
            return written;
        };
    }

    private static long exec(Taos taos, CharSequence sql, LongConsumer latency) {
        long start = System.nanoTime();
        long rows = taos.exec(sql.toString());
        latency.accept(System.nanoTime() - start);
        return rows;
    }
}
