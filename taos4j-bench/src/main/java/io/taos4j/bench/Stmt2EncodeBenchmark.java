package io.taos4j.bench;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.stmt.BindColumn;
import io.taos4j.protocol.stmt.Stmt2BindEncoder;
import io.taos4j.protocol.stmt.Stmt2BindPayload;
import io.taos4j.protocol.stmt.Stmt2BindTable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
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
 * The stmt2 bind payload codec on its own: encoding TABLES tables x ROWS rows (ts + INT + FLOAT + DOUBLE, an INT and
 * a VARCHAR tag) into a reused direct buffer, and decoding the result into column vectors as the server does.
 * Scores are operations per second; multiply by {@code tables × rows} for rows per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Stmt2EncodeBenchmark {
    @Param({"100"})
    int tables;

    @Param({"1000"})
    int rows;

    private List<Stmt2BindTable> data;
    private ByteBuffer out;
    private ByteBuffer encoded;

    @Setup
    public void setUp() {
        data = new ArrayList<>(tables);
        for (int t = 0; t < tables; t++) {
            long[] ts = new long[rows];
            int[] c1 = new int[rows];
            float[] c2 = new float[rows];
            double[] c3 = new double[rows];
            for (int r = 0; r < rows; r++) {
                ts[r] = 1_700_000_000_000L + r;
                c1[r] = r;
                c2[r] = r * 0.5f;
                c3[r] = r * 0.25;
            }
            BinaryVector group = new BinaryVector(TaosType.VARCHAR, 1);
            group.append("group" + t % 10);
            data.add(new Stmt2BindTable("d" + t,
                    List.of(BindColumn.of(IntVector.wrap(TaosType.INT, new int[] {t}, 1)), BindColumn.of(group)),
                    List.of(BindColumn.of(LongVector.wrap(TaosType.TIMESTAMP, ts, rows)),
                            BindColumn.of(IntVector.wrap(TaosType.INT, c1, rows)),
                            BindColumn.of(FloatVector.wrap(c2, rows)), BindColumn.of(DoubleVector.wrap(c3, rows)))));
        }
        int length = Stmt2BindEncoder.payloadLength(data);
        out = ByteBuffer.allocateDirect(Stmt2BindEncoder.FRAME_HEADER_LENGTH + length);
        encoded = Stmt2BindEncoder.encodePayload(data);
    }

    @Benchmark
    public ByteBuffer encodeFrame() {
        out.clear();
        int length = Stmt2BindEncoder.payloadLength(data);
        Stmt2BindEncoder.writeFrame(out, 1, 1, Stmt2BindEncoder.ALL_COLUMNS, data, length);
        return out;
    }

    @Benchmark
    public void decodeToVectors(Blackhole bh) {
        Stmt2BindPayload p = Stmt2BindPayload.decode(encoded.duplicate());
        for (int t = 0; t < p.tableCount(); t++) {
            bh.consume(p.tableName(t));
            for (int c = 0; c < p.columnCount(); c++) {
                bh.consume(p.column(t, c).toVector());
            }
        }
    }
}
