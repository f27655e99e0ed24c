package io.taos4j.server.stmt;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.insert.PreparedInsert.Target;
import io.taos4j.server.sql.SqlError;

/**
 * Checks one table's bound columns and tags against its target and converts them: columns into vectors indexed by
 * schema position (ready for {@link InsertBatch}), tags into the values a new child table gets.
 */
final class InsertBinder {
    private InsertBinder() {
    }

    /**
     * The bound columns as vectors by schema position; index 0 holds the timestamps.
     *
     * @param types  the bound type of each column placeholder
     * @param values the values of each column placeholder, all of one row count
     */
    static ColumnVector[] columns(Target target, TaosType[] types, ColumnVector[] values) {
        int[] slots = target.columns();
        if (values.length != slots.length) {
            throw bindNumber(slots.length + " columns expected, " + values.length + " bound");
        }
        ColumnVector[] out = new ColumnVector[target.schema().columns().size()];
        int rows = -1;
        for (int i = 0; i < slots.length; i++) {
            int c = slots[i];
            Column col = target.schema().column(c);
            ColumnVector v = values[i];
            if (rows < 0) {
                rows = v.size();
            } else if (v.size() != rows) {
                throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "row number in each bind param should be the same");
            }
            out[c] = BindValues.column(types[i], v, col, c == 0);
        }
        if (out[0] == null) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "Primary timestamp column should not be null");
        }
        return out;
    }

    /**
     * The tag values of a child table to create (one per schema tag: fixed by the statement, else bound, else
     * NULL); null when the target exists, whose tags stay as they are (bound tags are still type-checked).
     */
    static Object[] tags(Target target, TaosType[] types, ColumnVector[] values) {
        int[] slots = target.tags();
        if (values.length != slots.length) {
            throw bindNumber(slots.length + " tags expected, " + values.length + " bound");
        }
        if (target.existing() != null || target.stable() == null) {
            for (int i = 0; i < slots.length; i++) {
                Column tag = target.schema().tag(slots[i]);
                if (types[i] != tag.type().type()) {
                    throw BindValues.mismatch(tag, types[i]);
                }
            }
            return null;
        }
        Object[] out = target.fixedTags() == null ? new Object[target.schema().tags().size()]
                : target.fixedTags().clone();
        for (int i = 0; i < slots.length; i++) {
            if (values[i].size() != 1) {
                throw bindNumber("a tag binds one value, not " + values[i].size());
            }
            out[slots[i]] = BindValues.tag(types[i], values[i], target.schema().tag(slots[i]));
        }
        return out;
    }

    /** Already converted tag values (classic {@code set_tags}) for a target. */
    static Object[] tags(Target target, Object[] bound) {
        if (target.existing() != null || target.stable() == null) {
            return null;
        }
        Object[] out = target.fixedTags() == null ? new Object[target.schema().tags().size()]
                : target.fixedTags().clone();
        if (bound != null) {
            int[] slots = target.tags();
            for (int i = 0; i < slots.length && i < bound.length; i++) {
                out[slots[i]] = bound[i];
            }
        }
        return out;
    }

    static SqlError bindNumber(String detail) {
        return SqlError.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR,
                TaosError.TSC_STMT_BIND_NUMBER_ERROR.text() + ": " + detail);
    }
}
