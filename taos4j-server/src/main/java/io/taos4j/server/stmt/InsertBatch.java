package io.taos4j.server.stmt;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.insert.InsertPlan;
import io.taos4j.server.insert.PreparedInsert.Target;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.storage.WriteBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows bound to a statement since its last execution, per target table, as column vectors. Nothing is written
 * until {@link #execute}, which checks every row first and then writes all tables through one
 * {@link InsertPlan}: a rejected batch leaves every table untouched. Not thread-safe (one statement, one caller).
 */
final class InsertBatch {
    /** One bind's rows for one table: the timestamps and a vector per bound data column (by schema index). */
    private record Staged(Target target, Object[] tags, LongVector timestamps, ColumnVector[] columns) {
    }

    private final List<Staged> staged = new ArrayList<>();
    private long rows;

    /**
     * Adds rows. {@code columns[0]} must hold the timestamps; the vectors are taken over.
     *
     * @param tags the tag values of a child to create (one per schema tag), null for existing tables
     */
    void add(Target target, Object[] tags, ColumnVector[] columns) {
        LongVector ts = (LongVector) columns[0];
        columns[0] = null;
        staged.add(new Staged(target, tags, ts, columns));
        rows += ts.size();
    }

    /** Adds everything {@code other} holds and empties it. */
    void addAll(InsertBatch other) {
        staged.addAll(other.staged);
        rows += other.rows;
        other.clear();
    }

    boolean isEmpty() {
        return staged.isEmpty();
    }

    /** Rows bound so far. */
    long rows() {
        return rows;
    }

    void clear() {
        staged.clear();
        rows = 0;
    }

    /**
     * Checks and writes every staged row, then empties the batch (also when it fails).
     *
     * @param nowNanos the statement's {@code now}, which bounds the oldest timestamp a database keeps
     * @return the affected rows: rows bound, as TDengine counts them for statements
     * @throws SqlError 0x060B Timestamp data out of range, and whatever {@link InsertPlan#execute} reports
     */
    long execute(Catalog catalog, long nowNanos) {
        try {
            InsertPlan.Builder plan = new InsertPlan.Builder();
            for (Staged s : staged) {
                checkRange(s.target().db(), s.timestamps(), nowNanos);
                Target t = s.target();
                WriteBatch.Builder rows = t.existing() != null ? plan.rows(t.existing())
                        : plan.rows(t.db(), t.name(), t.stable(), s.tags());
                rows.appendColumns(s.timestamps(), s.columns());
            }
            plan.build().execute(catalog);
            return rows;
        } finally {
            clear();
        }
    }

    /** [now − KEEP, epoch + ~1000 years] in the database's precision, as for SQL inserts (tdengine-sql.md §2.3). */
    private static void checkRange(Database db, LongVector ts, long nowNanos) {
        Precision p = db.precision();
        long now = Math.floorDiv(nowNanos, p.nanosPerTick());
        long oldest = now - db.options().keepMinutes() * 60L * p.ticksPerSecond();
        long newest = p == Precision.NANOSECONDS ? 9_223_286_399_999_999_999L
                : 31_556_995_200_000L * p.ticksPerMilli();
        long[] values = ts.values();
        for (int i = 0, n = ts.size(); i < n; i++) {
            long v = values[i];
            if (v < oldest || v > newest) {
                throw SqlError.of(TaosError.TDB_TIMESTAMP_OUT_OF_RANGE);
            }
        }
    }
}
