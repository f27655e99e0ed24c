package io.taos4j;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.RawBlock;
import java.math.BigDecimal;
import java.math.BigInteger;
import io.taos4j.internal.mapping.RowMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A block of rows as the server sent it: a columnar, zero-copy view over one raw block. Values are decoded only when
 * asked for; the typed getters allocate nothing for fixed-width types.
 *
 * <p>Column and row indexes are 0-based. Getters widen losslessly (an INT column reads as {@code long}); reading a
 * NULL through a primitive getter returns 0 / false, so check {@link #isNull} first (or use {@link #value}).
 * Immutable and thread-safe.
 */
public final class Block implements Iterable<Row> {
    private final RawBlock raw;
    private final List<Field> fields;
    private final Precision precision;
    private final ZoneId zone;
    private final String tableName;
    /** The column types, for the getters (an array read instead of a list lookup per value). */
    private final TaosType[] types;
    private volatile Map<String, Integer> index;

    Block(RawBlock raw, List<Field> fields, Precision precision) {
        this(raw, fields, precision, ZoneOffset.UTC);
    }

    Block(RawBlock raw, List<Field> fields, Precision precision, ZoneId zone) {
        this(raw, fields, precision, zone, null);
    }

    /** A block of a subscription message, whose rows belong to {@code tableName} (null when not known). */
    Block(RawBlock raw, List<Field> fields, Precision precision, ZoneId zone, String tableName) {
        if (raw.columnCount() != fields.size()) {
            throw new TaosException(TaosError.TSC_INTERNAL_ERROR.code(), "block has " + raw.columnCount()
                    + " columns but the result has " + fields.size());
        }
        this.raw = raw;
        this.fields = fields;
        this.precision = precision;
        this.zone = zone;
        this.tableName = tableName;
        this.types = new TaosType[fields.size()];
        for (int c = 0; c < types.length; c++) {
            types[c] = fields.get(c).type();
        }
    }

    /**
     * The child or normal table these rows belong to, for blocks of a subscription {@link Message} from a super-table
     * or database topic (bare name, no database); empty for query results and for query topics, whose messages
     * carry no table names.
     */
    public Optional<String> tableName() {
        return Optional.ofNullable(tableName);
    }

    /**
     * A block over a decoded raw block, e.g. one taken from TMQ data or one built for a benchmark.
     *
     * @param fields one per column of {@code raw}, in order (their types are the ones the getters use)
     * @param zone the time zone for local date-times
     * @throws TaosException 0x02FF when {@code fields} and the block differ in column count
     */
    public static Block of(RawBlock raw, List<Field> fields, Precision precision, ZoneId zone) {
        return new Block(raw, List.copyOf(fields), precision, zone);
    }

    /** The connection's time zone, used for local date-times ({@link #getObject(int, int, Class)}). */
    public ZoneId zone() {
        return zone;
    }

    public int rows() {
        return raw.rows();
    }

    public List<Field> fields() {
        return fields;
    }

    /** The timestamp precision of TIMESTAMP columns. */
    public Precision precision() {
        return precision;
    }

    /**
     * The position of a column by label (exact match first, then case-insensitive).
     *
     * @throws TaosException 0x2602 when no column has that label
     */
    public int indexOf(String column) {
        Map<String, Integer> m = index;
        if (m == null) {
            m = new HashMap<>();
            for (int i = fields.size() - 1; i >= 0; i--) {
                m.put(fields.get(i).name(), i);
            }
            index = m;
        }
        Integer i = m.get(column);
        if (i != null) {
            return i;
        }
        for (int c = 0; c < fields.size(); c++) {
            if (fields.get(c).name().equalsIgnoreCase(column)) {
                return c;
            }
        }
        throw new TaosException(TaosError.PAR_INVALID_COLUMN.code(), "Invalid column name: " + column);
    }

    public boolean isNull(int col, int row) {
        return raw.isNull(col, row);
    }

    private TaosType type(int col) {
        return types[col];
    }

    public boolean getBoolean(int col, int row) {
        if (raw.isNull(col, row)) {
            return false;
        }
        return type(col) == TaosType.BOOL ? raw.getBoolean(col, row) : getLong(col, row) != 0;
    }

    public int getInt(int col, int row) {
        return switch (type(col)) {
            case INT, UINT -> raw.isNull(col, row) ? 0 : raw.getInt(col, row);
            default -> Math.toIntExact(getLong(col, row));
        };
    }

    /** Integer types (unsigned widened; BIGINT UNSIGNED as its bit pattern), BOOL as 0/1, TIMESTAMP as ticks. */
    public long getLong(int col, int row) {
        TaosType type = type(col);
        if (raw.isNull(col, row)) {
            return 0;
        }
        return switch (type) {
            case BOOL -> raw.getBoolean(col, row) ? 1 : 0;
            case TINYINT -> raw.getByte(col, row);
            case UTINYINT -> raw.getByte(col, row) & 0xFF;
            case SMALLINT -> raw.getShort(col, row);
            case USMALLINT -> raw.getShort(col, row) & 0xFFFF;
            case INT -> raw.getInt(col, row);
            case UINT -> raw.getInt(col, row) & 0xFFFF_FFFFL;
            case BIGINT, UBIGINT, TIMESTAMP -> raw.getLong(col, row);
            case FLOAT -> (long) raw.getFloat(col, row);
            case DOUBLE -> (long) raw.getDouble(col, row);
            default -> throw notA("long", col);
        };
    }

    public float getFloat(int col, int row) {
        return type(col) == TaosType.FLOAT ? (raw.isNull(col, row) ? 0f : raw.getFloat(col, row))
                : (float) getDouble(col, row);
    }

    public double getDouble(int col, int row) {
        TaosType type = type(col);
        if (raw.isNull(col, row)) {
            return 0;
        }
        return switch (type) {
            case FLOAT -> raw.getFloat(col, row);
            case DOUBLE -> raw.getDouble(col, row);
            case UBIGINT -> getBigInteger(col, row).doubleValue();
            case DECIMAL, DECIMAL64 -> getBigDecimal(col, row).doubleValue();
            default -> getLong(col, row);
        };
    }

    /** BIGINT UNSIGNED (and every other integer type) as an exact {@link BigInteger}; null for NULL. */
    public BigInteger getBigInteger(int col, int row) {
        if (raw.isNull(col, row)) {
            return null;
        }
        long v = getLong(col, row);
        if (type(col) == TaosType.UBIGINT && v < 0) {
            return new BigInteger(Long.toUnsignedString(v));
        }
        return BigInteger.valueOf(v);
    }

    /** DECIMAL values (and numbers) as {@link BigDecimal}; null for NULL. */
    public BigDecimal getBigDecimal(int col, int row) {
        if (raw.isNull(col, row)) {
            return null;
        }
        Field f = fields.get(col);
        return switch (f.type()) {
            case DECIMAL, DECIMAL64 -> raw.getDecimal(col, row, f.scale());
            case FLOAT, DOUBLE -> BigDecimal.valueOf(getDouble(col, row));
            case UBIGINT -> new BigDecimal(getBigInteger(col, row));
            default -> BigDecimal.valueOf(getLong(col, row));
        };
    }

    /** A TIMESTAMP as an {@link Instant}; null for NULL. */
    public Instant getInstant(int col, int row) {
        if (raw.isNull(col, row)) {
            return null;
        }
        if (type(col) != TaosType.TIMESTAMP) {
            throw notA("timestamp", col);
        }
        return precision.toInstant(raw.getLong(col, row));
    }

    /** Text of VARCHAR, NCHAR and JSON columns; other types as {@link Value#toString()}; null for NULL. */
    public String getString(int col, int row) {
        return switch (type(col)) {
            case VARCHAR, NCHAR, JSON -> raw.getString(col, row);
            default -> raw.isNull(col, row) ? null : value(col, row).toString();
        };
    }

    /** Bytes of variable-length columns (VARCHAR as its UTF-8 bytes); null for NULL. */
    public byte[] getBytes(int col, int row) {
        if (raw.isNull(col, row)) {
            return null;
        }
        if (!type(col).isVarLength()) {
            throw notA("byte[]", col);
        }
        return raw.getBytes(col, row);
    }

    /** The natural Java object of the value (see {@link Value}); null for NULL. */
    public Object getObject(int col, int row) {
        TaosType type = type(col);
        if (raw.isNull(col, row)) {
            return null;
        }
        return switch (type) {
            case BOOL -> raw.getBoolean(col, row);
            case TINYINT -> raw.getByte(col, row);
            case SMALLINT -> raw.getShort(col, row);
            case INT -> raw.getInt(col, row);
            case BIGINT -> raw.getLong(col, row);
            case UTINYINT -> (short) (raw.getByte(col, row) & 0xFF);
            case USMALLINT -> raw.getShort(col, row) & 0xFFFF;
            case UINT -> raw.getInt(col, row) & 0xFFFF_FFFFL;
            case UBIGINT -> getBigInteger(col, row);
            case FLOAT -> raw.getFloat(col, row);
            case DOUBLE -> raw.getDouble(col, row);
            case TIMESTAMP -> getInstant(col, row);
            case VARCHAR, NCHAR, JSON -> raw.getString(col, row);
            case VARBINARY, GEOMETRY, BLOB, MEDIUMBLOB -> raw.getBytes(col, row);
            case DECIMAL, DECIMAL64 -> getBigDecimal(col, row);
            case NULL -> null;
        };
    }

    /**
     * The value converted to {@code type} by the rules of record mapping ({@link ResultSet#deserialize}): e.g. a
     * TIMESTAMP as {@code LocalDateTime} in the connection's time zone, an INT as {@code long}, JSON as a Jackson
     * {@code JsonNode}; null for NULL (or {@code Optional.empty()} for {@code Optional}).
     *
     * @throws TaosException 0x0203 when the column's type does not convert to {@code type}
     */
    public <T> T getObject(int col, int row, Class<T> type) {
        return RowMapper.convert(this, col, row, type);
    }

    /** The value with its type. */
    public Value value(int col, int row) {
        return Value.of(type(col), getObject(col, row), precision);
    }

    /** A view of one row. */
    public Row row(int row) {
        if (row < 0 || row >= raw.rows()) {
            throw new IndexOutOfBoundsException("row " + row + " of " + raw.rows());
        }
        return new Row(this, row);
    }

    /** The rows as a list of views. */
    public List<Row> asRows() {
        return new AbstractList<>() {
            @Override
            public Row get(int i) {
                return row(i);
            }

            @Override
            public int size() {
                return raw.rows();
            }
        };
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < raw.rows();
            }

            @Override
            public Row next() {
                if (next >= raw.rows()) {
                    throw new NoSuchElementException();
                }
                return new Row(Block.this, next++);
            }
        };
    }

    private TaosException notA(String what, int col) {
        Field f = fields.get(col);
        return new TaosException(TaosError.TSC_INVALID_VALUE.code(),
                "column " + f.name() + " is " + f.typeName() + ", not readable as " + what);
    }
}
