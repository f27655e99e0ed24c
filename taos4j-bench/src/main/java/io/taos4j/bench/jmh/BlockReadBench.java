package io.taos4j.bench.jmh;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.Row;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.RawBlock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The client's read path for one 4096-row block as it arrives from {@code fetch_raw_block}: validation
 * ({@link RawBlock#decode}), then every value of every column read into Java values through the protocol's
 * {@link RawBlock}, its column vectors, and the connector's {@link Block} and {@link Row} getters. Each operation is
 * one whole block (4096 rows), so ns/op / 4096 is the cost per row.
 *
 * <p>{@code shape=everyType}: eleven columns of every common type with 1% NULLs; {@code shape=fetch}: the six
 * columns of {@code bench fetch} (TIMESTAMP, FLOAT, INT, DOUBLE, VARCHAR(16), BIGINT), no NULLs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BlockReadBench {
    @Param({"everyType", "fetch"})
    public String shape;

    private byte[] bytes;
    private List<Field> fields;
    private TaosType[] types;

    @Setup
    public void setUp() {
        Blocks.Columns c = shape.equals("fetch") ? Blocks.fetchShape(Blocks.ROWS) : Blocks.everyType(Blocks.ROWS, 100);
        bytes = c.encode();
        fields = c.fields();
        types = fields.stream().map(Field::type).toArray(TaosType[]::new);
    }

    private Block block() {
        return Block.of(RawBlock.decode(bytes, 0, bytes.length), fields, Precision.MILLISECONDS, ZoneOffset.UTC);
    }

    /** Validation only: what every fetched block costs before any value is read. */
    @Benchmark
    public RawBlock decode() {
        return RawBlock.decode(bytes, 0, bytes.length);
    }

    /** Row by row, every value through the typed {@link Row} getters (the {@code for (Row row : rs)} loop). */
    @Benchmark
    public void rowGetters(Blackhole bh) {
        for (Row row : block()) {
            for (int c = 0; c < types.length; c++) {
                switch (types[c]) {
                    case BOOL -> bh.consume(row.getBoolean(c));
                    case TINYINT, SMALLINT, INT -> bh.consume(row.getInt(c));
                    case BIGINT, TIMESTAMP, UINT -> bh.consume(row.getLong(c));
                    case FLOAT -> bh.consume(row.getFloat(c));
                    case DOUBLE -> bh.consume(row.getDouble(c));
                    default -> bh.consume(row.getString(c));
                }
            }
        }
    }

    /** Column by column, every value through the {@link Block} getters (the columnar access path). */
    @Benchmark
    public void blockColumnar(Blackhole bh) {
        Block b = block();
        int rows = b.rows();
        for (int c = 0; c < types.length; c++) {
            switch (types[c]) {
                case BOOL -> {
                    for (int r = 0; r < rows; r++) {
                        bh.consume(b.getBoolean(c, r));
                    }
                }
                case TINYINT, SMALLINT, INT -> {
                    for (int r = 0; r < rows; r++) {
                        bh.consume(b.getInt(c, r));
                    }
                }
                case BIGINT, TIMESTAMP, UINT -> {
                    for (int r = 0; r < rows; r++) {
                        bh.consume(b.getLong(c, r));
                    }
                }
                case FLOAT -> {
                    for (int r = 0; r < rows; r++) {
                        bh.consume(b.getFloat(c, r));
                    }
                }
                case DOUBLE -> {
                    for (int r = 0; r < rows; r++) {
                        bh.consume(b.getDouble(c, r));
                    }
                }
                default -> {
                    for (int r = 0; r < rows; r++) {
                        bh.consume(b.getString(c, r));
                    }
                }
            }
        }
    }

    /** Row by row, every value as its natural Java object ({@link Block#getObject(int, int)}: boxed). */
    @Benchmark
    public void rowObjects(Blackhole bh) {
        Block b = block();
        int rows = b.rows();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < types.length; c++) {
                bh.consume(b.getObject(c, r));
            }
        }
    }

    /** Every column copied into a column vector ({@link RawBlock#toVector}). */
    @Benchmark
    public void rawVectors(Blackhole bh) {
        RawBlock raw = RawBlock.decode(bytes, 0, bytes.length);
        for (int c = 0; c < types.length; c++) {
            bh.consume(raw.toVector(c));
        }
    }
}
