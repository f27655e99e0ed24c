package io.taos4j.bench.jmh;

import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.block.RawBlockEncoder;
import io.taos4j.protocol.column.ColumnVector;
import java.nio.ByteBuffer;
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

/**
 * The server's side of a fetch: one 4096-row block of column vectors encoded as a raw block
 * ({@link RawBlockEncoder}), into a fresh buffer as the server does per {@code fetch_raw_block} reply, and into a
 * reused one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BlockEncodeBench {
    @Param({"everyType", "fetch"})
    public String shape;

    private List<ColumnSchema> schemas;
    private List<ColumnVector> vectors;
    private ByteBuffer reused;

    @Setup
    public void setUp() {
        Blocks.Columns c = shape.equals("fetch") ? Blocks.fetchShape(Blocks.ROWS) : Blocks.everyType(Blocks.ROWS, 100);
        schemas = c.schemas();
        vectors = c.vectors();
        reused = ByteBuffer.allocate(RawBlockEncoder.encodedLength(schemas, vectors, 0, Blocks.ROWS));
    }

    @Benchmark
    public ByteBuffer encodeFresh() {
        ByteBuffer out = ByteBuffer.allocate(RawBlockEncoder.encodedLength(schemas, vectors, 0, Blocks.ROWS));
        RawBlockEncoder.encode(out, RawBlockEncoder.VERSION_QUERY, 0L, schemas, vectors, 0, Blocks.ROWS);
        return out;
    }

    @Benchmark
    public ByteBuffer encodeReused() {
        reused.clear();
        RawBlockEncoder.encode(reused, RawBlockEncoder.VERSION_QUERY, 0L, schemas, vectors, 0, Blocks.ROWS);
        return reused;
    }
}
