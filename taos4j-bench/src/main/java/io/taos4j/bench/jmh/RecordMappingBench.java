package io.taos4j.bench.jmh;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.internal.mapping.RowMapper;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.block.RawBlock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Record mapping of one 4096-row block of {@code bench fetch}'s six columns (what {@code ResultSet.stream(Class)}
 * and {@code deserialize} do per row): to a record with an {@link Instant} timestamp, and to one with the timestamp
 * as {@code long} ticks (all components then read unboxed). ns/op / 4096 is the cost per row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordMappingBench {
    /** The row as {@code bench fetch} maps it. */
    public record Reading(Instant ts, float f, int i, double d, String s, long b) {
    }

    /** The same with the timestamp as epoch milliseconds. */
    public record Ticks(long ts, float f, int i, double d, String s, long b) {
    }

    /** As {@link Reading}, but not public (as an application's nested record often is). */
    record Hidden(Instant ts, float f, int i, double d, String s, long b) {
    }

    private Block block;
    private RowMapper<Hidden> hidden;
    private RowMapper<Reading> readings;
    private RowMapper<Ticks> ticks;

    @Setup
    public void setUp() {
        Blocks.Columns c = Blocks.fetchShape(Blocks.ROWS);
        byte[] bytes = c.encode();
        List<Field> fields = c.fields();
        block = Block.of(RawBlock.decode(bytes, 0, bytes.length), fields, Precision.MILLISECONDS, ZoneOffset.UTC);
        readings = RowMapper.of(Reading.class, fields, ZoneOffset.UTC);
        ticks = RowMapper.of(Ticks.class, fields, ZoneOffset.UTC);
        hidden = RowMapper.of(Hidden.class, fields, ZoneOffset.UTC);
    }

    @Benchmark
    public void toInstantRecord(Blackhole bh) {
        for (int r = 0; r < block.rows(); r++) {
            bh.consume(readings.map(block, r));
        }
    }

    @Benchmark
    public void toPackagePrivateRecord(Blackhole bh) {
        for (int r = 0; r < block.rows(); r++) {
            bh.consume(hidden.map(block, r));
        }
    }

    @Benchmark
    public void toTicksRecord(Blackhole bh) {
        for (int r = 0; r < block.rows(); r++) {
            bh.consume(ticks.map(block, r));
        }
    }
}
