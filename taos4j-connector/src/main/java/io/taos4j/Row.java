package io.taos4j;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One row of a result set: a view into its {@link Block}. Columns are addressed by 0-based position or by label.
 * Iterating a row yields its {@link Value}s in column order. Immutable and thread-safe; holding a row keeps its
 * block in memory.
 */
public final class Row implements Iterable<Value> {
    private final Block block;
    private final int row;

    Row(Block block, int row) {
        this.block = block;
        this.row = row;
    }

    Block block() {
        return block;
    }

    /** The table of this row when its block knows it (subscription messages); see {@link Block#tableName()}. */
    public java.util.Optional<String> tableName() {
        return block.tableName();
    }

    int index() {
        return row;
    }

    public List<Field> fields() {
        return block.fields();
    }

    public int size() {
        return block.fields().size();
    }

    public boolean isNull(int col) {
        return block.isNull(col, row);
    }

    public boolean isNull(String column) {
        return isNull(block.indexOf(column));
    }

    public Value get(int col) {
        return block.value(col, row);
    }

    public Value get(String column) {
        return get(block.indexOf(column));
    }

    public Object getObject(int col) {
        return block.getObject(col, row);
    }

    public Object getObject(String column) {
        return getObject(block.indexOf(column));
    }

    /** The value converted to {@code type}; see {@link Block#getObject(int, int, Class)}. */
    public <T> T getObject(int col, Class<T> type) {
        return block.getObject(col, row, type);
    }

    public <T> T getObject(String column, Class<T> type) {
        return getObject(block.indexOf(column), type);
    }

    public boolean getBoolean(int col) {
        return block.getBoolean(col, row);
    }

    public boolean getBoolean(String column) {
        return getBoolean(block.indexOf(column));
    }

    public int getInt(int col) {
        return block.getInt(col, row);
    }

    public int getInt(String column) {
        return getInt(block.indexOf(column));
    }

    public long getLong(int col) {
        return block.getLong(col, row);
    }

    public long getLong(String column) {
        return getLong(block.indexOf(column));
    }

    public float getFloat(int col) {
        return block.getFloat(col, row);
    }

    public float getFloat(String column) {
        return getFloat(block.indexOf(column));
    }

    public double getDouble(int col) {
        return block.getDouble(col, row);
    }

    public double getDouble(String column) {
        return getDouble(block.indexOf(column));
    }

    public String getString(int col) {
        return block.getString(col, row);
    }

    public String getString(String column) {
        return getString(block.indexOf(column));
    }

    public byte[] getBytes(int col) {
        return block.getBytes(col, row);
    }

    public byte[] getBytes(String column) {
        return getBytes(block.indexOf(column));
    }

    public Instant getInstant(int col) {
        return block.getInstant(col, row);
    }

    public Instant getInstant(String column) {
        return getInstant(block.indexOf(column));
    }

    public BigDecimal getBigDecimal(int col) {
        return block.getBigDecimal(col, row);
    }

    public BigDecimal getBigDecimal(String column) {
        return getBigDecimal(block.indexOf(column));
    }

    public BigInteger getBigInteger(int col) {
        return block.getBigInteger(col, row);
    }

    public BigInteger getBigInteger(String column) {
        return getBigInteger(block.indexOf(column));
    }

    /** Label to natural Java object, in column order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int c = 0; c < size(); c++) {
            m.put(block.fields().get(c).name(), getObject(c));
        }
        return m;
    }

    @Override
    public Iterator<Value> iterator() {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public Value next() {
                if (next >= size()) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int c = 0; c < size(); c++) {
            if (c > 0) {
                sb.append(", ");
            }
            sb.append(block.fields().get(c).name()).append('=').append(get(c));
        }
        return sb.append(']').toString();
    }
}
