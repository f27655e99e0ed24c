package io.taos4j.bench.jmh;

import io.taos4j.Field;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.block.RawBlockEncoder;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic benchmark data: column vectors of every common type with a fixed seed, and the raw blocks the server
 * would send for them. Shared by the JMH benchmarks (stmt2 and line-protocol benchmarks can build their binds and
 * lines from the same vectors).
 */
public final class Blocks {
    /** Rows of one block, as the server packs them. */
    public static final int ROWS = 4096;

    private Blocks() {
    }

    /** The columns of a block: schema (wire), field (what the connector reports) and the values. */
    public record Columns(List<ColumnSchema> schemas, List<Field> fields, List<ColumnVector> vectors) {
        /** The raw block, as {@code fetch_raw_block} carries it. */
        public byte[] encode() {
            return RawBlockEncoder.encode(schemas, vectors, 0, vectors.get(0).size());
        }
    }

    /**
     * Every common type: TIMESTAMP, BOOL, TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, VARCHAR(16), NCHAR(8),
     * INT UNSIGNED; one value in {@code nullEvery} is NULL in every column but the timestamp (0: none).
     */
    public static Columns everyType(int rows, int nullEvery) {
        SplittableRandom rnd = new SplittableRandom(42);
        Builder b = new Builder();
        LongVector ts = b.add("ts", ColumnSchema.of(TaosType.TIMESTAMP), new LongVector(TaosType.TIMESTAMP, rows));
        BoolVector bo = b.add("bo", ColumnSchema.of(TaosType.BOOL), new BoolVector(rows));
        ByteVector ti = b.add("ti", ColumnSchema.of(TaosType.TINYINT), new ByteVector(TaosType.TINYINT, rows));
        ShortVector si = b.add("si", ColumnSchema.of(TaosType.SMALLINT), new ShortVector(TaosType.SMALLINT, rows));
        IntVector in = b.add("i", ColumnSchema.of(TaosType.INT), new IntVector(TaosType.INT, rows));
        LongVector bi = b.add("bi", ColumnSchema.of(TaosType.BIGINT), new LongVector(TaosType.BIGINT, rows));
        FloatVector fl = b.add("f", ColumnSchema.of(TaosType.FLOAT), new FloatVector(rows));
        DoubleVector db = b.add("d", ColumnSchema.of(TaosType.DOUBLE), new DoubleVector(rows));
        BinaryVector vc = b.add("vc", ColumnSchema.varchar(16), new BinaryVector(TaosType.VARCHAR, rows));
        BinaryVector nc = b.add("nc", ColumnSchema.nchar(8), new BinaryVector(TaosType.NCHAR, rows));
        IntVector ui = b.add("ui", ColumnSchema.of(TaosType.UINT), new IntVector(TaosType.UINT, rows));
        for (int r = 0; r < rows; r++) {
            ts.append(1_704_067_200_000L + r * 1000L);
            if (nullEvery > 0 && r % nullEvery == nullEvery - 1) {
                for (int c = 1; c < b.vectors.size(); c++) {
                    b.vectors.get(c).appendNull();
                }
                continue;
            }
            bo.append(rnd.nextBoolean());
            ti.append((byte) rnd.nextInt());
            si.append((short) rnd.nextInt());
            in.append(rnd.nextInt(1_000_000));
            bi.append(rnd.nextLong());
            fl.append(rnd.nextInt(100_000) / 100f);
            db.append(rnd.nextDouble() * 1000);
            vc.append("dev-" + rnd.nextInt(100_000));
            nc.append("站" + rnd.nextInt(1000));
            ui.append(rnd.nextInt() >>> 1);
        }
        return b.build();
    }

    /** The six columns of {@code bench fetch}: ts, f FLOAT, i INT, d DOUBLE, s VARCHAR(16), b BIGINT; no NULLs. */
    public static Columns fetchShape(int rows) {
        SplittableRandom rnd = new SplittableRandom(7);
        Builder b = new Builder();
        LongVector ts = b.add("ts", ColumnSchema.of(TaosType.TIMESTAMP), new LongVector(TaosType.TIMESTAMP, rows));
        FloatVector f = b.add("f", ColumnSchema.of(TaosType.FLOAT), new FloatVector(rows));
        IntVector i = b.add("i", ColumnSchema.of(TaosType.INT), new IntVector(TaosType.INT, rows));
        DoubleVector d = b.add("d", ColumnSchema.of(TaosType.DOUBLE), new DoubleVector(rows));
        BinaryVector s = b.add("s", ColumnSchema.varchar(16), new BinaryVector(TaosType.VARCHAR, rows));
        LongVector bi = b.add("b", ColumnSchema.of(TaosType.BIGINT), new LongVector(TaosType.BIGINT, rows));
        for (int r = 0; r < rows; r++) {
            ts.append(1_704_067_200_000L + r * 1000L);
            f.append(rnd.nextInt(65536) / 100f);
            i.append(rnd.nextInt(100_000));
            d.append(rnd.nextInt(1 << 20) / 1000.0);
            s.append("dev-" + rnd.nextInt(65536));
            bi.append(rnd.nextLong() >> 8);
        }
        return b.build();
    }

    private static final class Builder {
        final List<ColumnSchema> schemas = new ArrayList<>();
        final List<Field> fields = new ArrayList<>();
        final List<ColumnVector> vectors = new ArrayList<>();

        <V extends ColumnVector> V add(String name, ColumnSchema schema, V vector) {
            schemas.add(schema);
            fields.add(new Field(name, schema.type(), schema.userLength(), 0, 0));
            vectors.add(vector);
            return vector;
        }

        Columns build() {
            return new Columns(List.copyOf(schemas), List.copyOf(fields), List.copyOf(vectors));
        }
    }
}
