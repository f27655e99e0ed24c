package io.taos4j.cli.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Values for the benchmark's rows and tags. Like taosBenchmark's {@code prepared_rand}, each column draws from a
 * pool of pre-generated values (typed values and their SQL literals), chosen per (table, row) by a hash: generating
 * a row costs a few array reads, and the same seed gives the same data. Timestamps step from the start. Immutable
 * once built and thread-safe.
 */
public final class DataGenerator {
    private static final char[] LETTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private final List<ColumnSpec> columns;
    private final List<ColumnSpec> tags;
    private final Object[][] values;
    private final String[][] literals;
    private final Object[][] tagValues;
    private final String[][] tagLiterals;
    private final long startTicks;
    private final long step;
    private final long seed;

    /**
     * @param startTicks first timestamp, in the database's precision
     * @param step       ticks between two rows of a table
     */
    public DataGenerator(List<ColumnSpec> columns, List<ColumnSpec> tags, int poolSize, long startTicks, long step,
            long seed) {
        this.columns = List.copyOf(columns);
        this.tags = List.copyOf(tags);
        this.startTicks = startTicks;
        this.step = step;
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        values = new Object[columns.size()][];
        literals = new String[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            values[c] = pool(columns.get(c), poolSize, random);
            literals[c] = literals(columns.get(c), values[c]);
        }
        tagValues = new Object[tags.size()][];
        tagLiterals = new String[tags.size()][];
        for (int t = 0; t < tags.size(); t++) {
            tagValues[t] = pool(tags.get(t), Math.min(poolSize, 1000), random);
            tagLiterals[t] = literals(tags.get(t), tagValues[t]);
        }
    }

    /** The timestamp of a table's {@code row}-th row (every table uses the same timestamps). */
    public long timestamp(long row) {
        return startTicks + row * step;
    }

    /** Data column {@code col} (0-based, after the timestamp) of a row, as an SQL literal. */
    public String literal(int col, int table, long row) {
        String[] pool = literals[col];
        return pool[index(col, table, row, pool.length)];
    }

    /** The same value as a Java object (Boolean, Long, Float, Double, String), for binding APIs. */
    public Object value(int col, int table, long row) {
        Object[] pool = values[col];
        return pool[index(col, table, row, pool.length)];
    }

    /** Tag {@code tag} of child table {@code table}, as an SQL literal. */
    public String tagLiteral(int tag, int table) {
        String[] pool = tagLiterals[tag];
        return pool[index(tag, table, -1, pool.length)];
    }

    public Object tagValue(int tag, int table) {
        Object[] pool = tagValues[tag];
        return pool[index(tag, table, -1, pool.length)];
    }

    public int columnCount() {
        return columns.size();
    }

    public int tagCount() {
        return tags.size();
    }

    private int index(int col, int table, long row, int size) {
        long h = mix(seed ^ (table * 0x9E3779B97F4A7C15L) ^ (row * 0xC2B2AE3D27D4EB4FL) ^ (col * 0x165667B19E3779F9L));
        return (int) Long.remainderUnsigned(h, size);
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Object[] pool(ColumnSpec spec, int size, SplittableRandom random) {
        Object[] pool = new Object[size];
        for (int i = 0; i < size; i++) {
            pool[i] = generate(spec, random);
        }
        return pool;
    }

    private static Object generate(ColumnSpec spec, SplittableRandom random) {
        if (!spec.values().isEmpty()) {
            String v = spec.values().get(random.nextInt(spec.values().size()));
            return spec.type().isText() ? v : parse(spec, v);
        }
        double x = spec.min() + random.nextDouble() * (spec.max() - spec.min());
        return switch (spec.type()) {
            case BOOL -> random.nextBoolean();
            case FLOAT -> (float) x;
            case DOUBLE -> x;
            case TIMESTAMP -> 1_500_000_000_000L + random.nextLong(86_400_000L);
            case VARCHAR, NCHAR, VARBINARY -> text(1 + random.nextInt(Math.min(spec.length(), 16)), random);
            default -> (long) Math.floor(x);
        };
    }

    private static Object parse(ColumnSpec spec, String v) {
        return switch (spec.type()) {
            case BOOL -> Boolean.parseBoolean(v);
            case FLOAT -> Float.parseFloat(v);
            case DOUBLE -> Double.parseDouble(v);
            default -> Long.parseLong(v);
        };
    }

    private static String text(int length, SplittableRandom random) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = LETTERS[random.nextInt(LETTERS.length)];
        }
        return new String(c);
    }

    private static String[] literals(ColumnSpec spec, Object[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = literal(values[i]);
        }
        return out;
    }

    /** An SQL literal: numbers in plain notation, text in single quotes. */
    static String literal(Object v) {
        if (v instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (v instanceof Float f) {
            return new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double d) {
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }
}
